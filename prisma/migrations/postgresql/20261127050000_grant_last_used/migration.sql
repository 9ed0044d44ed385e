-- AlterTable
ALTER TABLE "OidcPayload" ADD COLUMN "lastUsedAt" TIMESTAMP(3);
