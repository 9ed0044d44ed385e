-- teams (SQLite). Written by hand (ARCHITECTURE.md "Data"): the same change as
-- prisma/migrations/postgresql/20261207011808_teams/migration.sql, matching prisma/schema.prisma.
-- Apps and APIs may be owned by a team (ARCHITECTURE.md "Teams"): Team, TeamMember and
-- TeamInvitation; Client.teamId and Api.teamId (a team with apps or APIs cannot be deleted, so
-- RESTRICT); Api.ownerId becomes nullable (a team's API has no owning person); audit events carry
-- the team whose feed shows them.
CREATE TABLE "Team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "logoUri" TEXT,
    "homepageUri" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "Team_slug_key" ON "Team"("slug");
CREATE INDEX "Team_createdAt_id_idx" ON "Team"("createdAt", "id");

CREATE TABLE "TeamMember" (
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("teamId", "userId"),
    CONSTRAINT "TeamMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "TeamMember_userId_idx" ON "TeamMember"("userId");

CREATE TABLE "TeamInvitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "digest" TEXT NOT NULL,
    "invitedById" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TeamInvitation_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "TeamInvitation_digest_key" ON "TeamInvitation"("digest");
CREATE INDEX "TeamInvitation_teamId_createdAt_idx" ON "TeamInvitation"("teamId", "createdAt");

-- SQLite adds a column with a foreign key in place when its default is NULL.
ALTER TABLE "Client" ADD COLUMN "teamId" TEXT REFERENCES "Team" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "Client_teamId_createdAt_idx" ON "Client"("teamId", "createdAt");
-- The column was written: the clients' cache reloads everywhere.
UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "name" = 'clients';

-- SQLite cannot drop NOT NULL in place: Api is rebuilt (SQLite's documented procedure, "Making
-- Other Kinds Of Table Schema Changes"). The migration runner applies SQLite migrations with
-- foreign keys off and checks them before committing, so dropping the old table cascades nothing
-- to ApiScope, whose reference names "Api" and follows the new table.
CREATE TABLE "new_Api" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT,
    "name" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "accessTokenTtl" INTEGER NOT NULL,
    "signingAlg" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "teamId" TEXT,
    CONSTRAINT "Api_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Api_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Api" ("id", "ownerId", "name", "identifier", "description", "accessTokenTtl", "signingAlg", "createdAt", "updatedAt")
SELECT "id", "ownerId", "name", "identifier", "description", "accessTokenTtl", "signingAlg", "createdAt", "updatedAt" FROM "Api";
DROP TABLE "Api";
ALTER TABLE "new_Api" RENAME TO "Api";
CREATE UNIQUE INDEX "Api_identifier_key" ON "Api"("identifier");
CREATE INDEX "Api_ownerId_createdAt_idx" ON "Api"("ownerId", "createdAt");
CREATE INDEX "Api_teamId_createdAt_idx" ON "Api"("teamId", "createdAt");

ALTER TABLE "AuditEvent" ADD COLUMN "teamId" TEXT;
CREATE INDEX "AuditEvent_teamId_createdAt_idx" ON "AuditEvent"("teamId", "createdAt");
