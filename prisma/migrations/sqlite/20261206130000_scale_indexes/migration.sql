-- Indexes for what the admin pages and the dashboard's rollup ask at scale (ARCHITECTURE.md "Scale";
-- each is shown used by an EXPLAIN in tests/integration/scale-query-plans.test.ts).
DROP INDEX "AuditEvent_createdAt_idx";
CREATE INDEX "AuditEvent_createdAt_id_idx" ON "AuditEvent"("createdAt", "id");
CREATE INDEX "AuditEvent_action_createdAt_id_idx" ON "AuditEvent"("action", "createdAt", "id");
CREATE INDEX "AuditEvent_actorLabel_createdAt_id_idx" ON "AuditEvent"("actorLabel", "createdAt", "id");
-- The last sign-in of each listed user (/admin/users): equality on both, chosen without statistics.
CREATE INDEX "AuditEvent_userId_action_createdAt_idx" ON "AuditEvent"("userId", "action", "createdAt");
CREATE INDEX "User_createdAt_id_idx" ON "User"("createdAt", "id");
CREATE INDEX "Client_createdAt_id_idx" ON "Client"("createdAt", "id");
CREATE INDEX "Client_name_idx" ON "Client"("name");
CREATE INDEX "ClientUserDay_day_idx" ON "ClientUserDay"("day");

CREATE TABLE "InstanceUsageDay" (
    "day" TEXT NOT NULL PRIMARY KEY,
    "signups" INTEGER NOT NULL,
    "signins" INTEGER NOT NULL,
    "signinFailures" INTEGER NOT NULL,
    "tokens" INTEGER NOT NULL,
    "activeApps" INTEGER NOT NULL,
    "activeUsers" INTEGER NOT NULL,
    "computedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
