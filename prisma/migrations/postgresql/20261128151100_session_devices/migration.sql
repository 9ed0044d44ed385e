-- CreateTable
CREATE TABLE "SessionDevice" (
    "sessionDigest" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "userAgent" TEXT,
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SessionDevice_pkey" PRIMARY KEY ("sessionDigest")
);
CREATE INDEX "SessionDevice_accountId_idx" ON "SessionDevice"("accountId");
