import { getDatabaseTarget, getDb } from "@/lib/db/client";

/**
 * Ends every Ninka (oidc-provider) session of an account, in every process: their rows go, so the
 * next request with such a session cookie finds no session and asks to sign in again. Sessions
 * keep the account only inside the JSON payload; the scan is limited to Session rows (the
 * primary key's prefix).
 */
export async function deleteAccountSessions(accountId: string): Promise<number> {
  const db = getDb();
  if (getDatabaseTarget().kind === "postgresql") {
    return db.$executeRaw`DELETE FROM "OidcPayload" WHERE "model" = 'Session' AND "payload"->>'accountId' = ${accountId}`;
  }
  return db.$executeRaw`DELETE FROM "OidcPayload" WHERE "model" = 'Session' AND json_extract("payload", '$.accountId') = ${accountId}`;
}
