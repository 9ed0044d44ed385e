-- backchannel_logout (SQLite). Written by hand (ARCHITECTURE.md "Data"): the same change as
-- prisma/migrations/postgresql/20261206231011_backchannel_logout/migration.sql, matching prisma/schema.prisma.
-- OIDC Back-Channel Logout 1.0 (ARCHITECTURE.md "Back-channel logout"): an app's logout URI and
-- whether its logout tokens carry `sid`, and the outbox of logout tokens still to send for sessions
-- ended outside the provider.
ALTER TABLE "Client" ADD COLUMN "backchannelLogoutUri" TEXT;
ALTER TABLE "Client" ADD COLUMN "backchannelLogoutSessionRequired" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "BackchannelLogout" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "clientId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "sid" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX "BackchannelLogout_nextAttemptAt_idx" ON "BackchannelLogout"("nextAttemptAt");
