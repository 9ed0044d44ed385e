-- CreateTable
CREATE TABLE "ClientReview" (
    "clientId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT,
    "rejectedReason" TEXT,
    "submittedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClientReview_pkey" PRIMARY KEY ("clientId")
);
CREATE INDEX "ClientReview_status_submittedAt_idx" ON "ClientReview"("status", "submittedAt");

-- CreateTable
CREATE TABLE "ClientTestUser" (
    "clientId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClientTestUser_pkey" PRIMARY KEY ("clientId", "email")
);

-- AddForeignKey
ALTER TABLE "ClientReview" ADD CONSTRAINT "ClientReview_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ClientTestUser" ADD CONSTRAINT "ClientTestUser_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;
