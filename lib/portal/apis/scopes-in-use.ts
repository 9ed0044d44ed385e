import "server-only";
import type { Db } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { findClientsHoldingScopes } from "./clients-holding-scopes";

type Tx = Pick<Db, "client">;

/**
 * Refuses (CONFLICT, listing the apps) to remove scopes that apps hold (from an API, or with it)
 * unless the actor confirmed
 * after seeing which apps those are: removing a scope that apps hold shows which apps are affected
 * first. The console shows the list in a dialog; REST callers get it in the 409
 * problem's `affected_clients` and repeat with `?confirm=true`.
 */
export async function assertScopesUnheld(tx: Tx, removed: string[], confirmed: boolean): Promise<void> {
  if (confirmed || !removed.length) return;
  const holders = await findClientsHoldingScopes(tx, removed);
  if (!holders.length) return;
  const names = holders.map((holder) => `${holder.name} (${holder.id})`).join(", ");
  const count = holders.length === 1 ? "1 app holds" : `${holders.length} apps hold`;
  throw new DomainError(
    "CONFLICT",
    `${count} the scopes this would remove: ${names}. Confirm to take the scopes away from ${holders.length === 1 ? "it" : "them"}.`,
    undefined,
    {
      affected_clients: holders.map((holder) => ({
        client_id: holder.id,
        client_name: holder.name,
        scopes: holder.held,
      })),
    },
  );
}
