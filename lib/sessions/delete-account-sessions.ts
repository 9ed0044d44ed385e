import "server-only";
import { getDb } from "@/lib/db/client";

/**
 * Ends every Ninka (oidc-provider) session of an account, in every process: their rows go, so the
 * next request with such a session cookie finds no session and asks to sign in again.
 */
export async function deleteAccountSessions(accountId: string): Promise<number> {
  const { count } = await getDb().oidcPayload.deleteMany({ where: { model: "Session", accountId } });
  return count;
}
