-- CreateTable
CREATE TABLE "ClientReview" (
    "clientId" TEXT NOT NULL PRIMARY KEY,
    "status" TEXT NOT NULL,
    "note" TEXT,
    "rejectedReason" TEXT,
    "submittedAt" DATETIME,
    "decidedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ClientReview_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "ClientReview_status_submittedAt_idx" ON "ClientReview"("status", "submittedAt");

-- CreateTable
CREATE TABLE "ClientTestUser" (
    "clientId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY ("clientId", "email"),
    CONSTRAINT "ClientTestUser_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
