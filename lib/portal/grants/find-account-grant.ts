import "server-only";
import { getDb } from "@/lib/kernel/db/client";
import { notExpiredWhere } from "@/lib/kernel/time/expiry";
import { GRANT_MODEL } from "./grant-rows";

/**
 * The id of the live grant `accountId` gave `clientId`, if any, so that consent is remembered
 * across sessions and devices (oidc-provider on its own only remembers it per session).
 */
export async function findAccountGrantId(accountId: string, clientId: string): Promise<string | undefined> {
  const row = await getDb().oidcPayload.findFirst({
    where: { model: GRANT_MODEL, accountId, clientId, ...notExpiredWhere() },
    select: { id: true },
    orderBy: { expiresAt: "desc" },
  });
  return row?.id;
}
