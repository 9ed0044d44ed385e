-- Device notes are keyed by the session's uid, which survives oidc-provider re-keying a session at
-- each sign-in. The old notes (keyed by a digest of the session id) are notes only: a session's next
-- save writes its note again.
DROP TABLE "SessionDevice";
CREATE TABLE "SessionDevice" (
    "sessionUid" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "userAgent" TEXT,
    "ip" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL
);
CREATE INDEX "SessionDevice_accountId_idx" ON "SessionDevice"("accountId");
