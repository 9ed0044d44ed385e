-- AlterTable
ALTER TABLE "OidcPayload" ADD COLUMN "accountId" TEXT;

-- Backfill from the payload, so existing sessions and grants are found by account too.
UPDATE "OidcPayload" SET "accountId" = "payload"->>'accountId';

-- CreateIndex
CREATE INDEX "OidcPayload_model_accountId_idx" ON "OidcPayload"("model", "accountId");
