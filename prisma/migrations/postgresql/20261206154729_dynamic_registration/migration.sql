-- dynamic_registration (PostgreSQL). Written by hand (ARCHITECTURE.md "Data"): the same change as
-- prisma/migrations/sqlite/20261206154729_dynamic_registration/migration.sql, matching prisma/schema.prisma.
-- Say here why the change is needed. Once applied anywhere, this file must not change.
-- Dynamic client registration (RFC 7591): apps that registered themselves are marked, and
-- developers' initial access tokens are kept as digests (ARCHITECTURE.md "Dynamic registration").
ALTER TABLE "Client" ADD COLUMN "registeredVia" TEXT;
ALTER TABLE "Client" ADD COLUMN "registrationTokenId" TEXT;

CREATE TABLE "RegistrationToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "digest" TEXT NOT NULL,
    "hint" TEXT NOT NULL,
    "maxRegistrations" INTEGER NOT NULL,
    "registrations" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "RegistrationToken_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "RegistrationToken_digest_key" ON "RegistrationToken"("digest");
CREATE INDEX "RegistrationToken_userId_createdAt_idx" ON "RegistrationToken"("userId", "createdAt");
ALTER TABLE "RegistrationToken" ADD CONSTRAINT "RegistrationToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
