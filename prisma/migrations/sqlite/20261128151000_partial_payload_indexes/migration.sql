-- Most payloads (client_credentials tokens above all) have no grant, account, user code or uid:
-- index only the rows that do. Every lookup on these columns compares with a value, which implies
-- IS NOT NULL, so both databases still use the indexes; a token write maintains 3 indexes, not 7
-- (bench/README.md).
DROP INDEX "OidcPayload_model_grantId_idx";
CREATE INDEX "OidcPayload_model_grantId_idx" ON "OidcPayload"("model", "grantId") WHERE "grantId" IS NOT NULL;
DROP INDEX "OidcPayload_model_accountId_idx";
CREATE INDEX "OidcPayload_model_accountId_idx" ON "OidcPayload"("model", "accountId") WHERE "accountId" IS NOT NULL;
DROP INDEX "OidcPayload_model_userCode_idx";
CREATE INDEX "OidcPayload_model_userCode_idx" ON "OidcPayload"("model", "userCode") WHERE "userCode" IS NOT NULL;
DROP INDEX "OidcPayload_model_uid_idx";
CREATE INDEX "OidcPayload_model_uid_idx" ON "OidcPayload"("model", "uid") WHERE "uid" IS NOT NULL;
