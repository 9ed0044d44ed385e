-- federation (PostgreSQL). Written by hand (ARCHITECTURE.md "Data"): the same change as
-- prisma/migrations/sqlite/20261206221132_federation/migration.sql, matching prisma/schema.prisma.
-- Sign-in through other identity providers (ARCHITECTURE.md "Federation"): the connections an
-- administrator configures (client secret sealed) and the upstream identities linked to accounts,
-- unique by issuer and subject.
CREATE TABLE "Connection" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "preset" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "clientSecret" TEXT NOT NULL,
    "scopes" TEXT NOT NULL,
    "createAccounts" BOOLEAN NOT NULL DEFAULT false,
    "domains" JSONB NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Connection_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Connection_createdAt_idx" ON "Connection"("createdAt");

CREATE TABLE "FederatedIdentity" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "email" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "FederatedIdentity_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "FederatedIdentity_issuer_subject_key" ON "FederatedIdentity"("issuer", "subject");
CREATE INDEX "FederatedIdentity_userId_idx" ON "FederatedIdentity"("userId");
CREATE INDEX "FederatedIdentity_connectionId_idx" ON "FederatedIdentity"("connectionId");
ALTER TABLE "FederatedIdentity" ADD CONSTRAINT "FederatedIdentity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "FederatedIdentity" ADD CONSTRAINT "FederatedIdentity_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "Connection"("id") ON DELETE CASCADE ON UPDATE CASCADE;
