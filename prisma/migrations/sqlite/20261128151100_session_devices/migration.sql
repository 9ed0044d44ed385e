-- CreateTable
CREATE TABLE "SessionDevice" (
    "sessionDigest" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "userAgent" TEXT,
    "ip" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL
);
CREATE INDEX "SessionDevice_accountId_idx" ON "SessionDevice"("accountId");
