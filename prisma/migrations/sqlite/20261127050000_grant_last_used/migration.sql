-- AlterTable
ALTER TABLE "OidcPayload" ADD COLUMN "lastUsedAt" DATETIME;
