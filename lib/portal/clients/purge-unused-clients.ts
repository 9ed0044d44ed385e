import "server-only";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import { getConfig } from "@/lib/kernel/config/get-config";
import { getDb } from "@/lib/kernel/db/client";
import { deleteInBatches } from "@/lib/kernel/db/delete-in-batches";
import { DAY_MS } from "@/lib/kernel/time/durations";
import { revokeClientTokens } from "@/lib/accounts/lifecycle/revoke-client-tokens";
import { recordRegistrationEvent } from "./registration-audit";

/**
 * Apps registered under the `open` policy, still without an owner, that got no token for
 * NINKA_DCR_UNUSED_DAYS: registered before the cut-off and not used since (Client.lastUsedAt,
 * written at each successful token request, lib/provider/oidc/record-client-use.ts). An app an
 * administrator gave to a developer (transfer) is theirs and stays, as is one moved into a team.
 */
const unusedOpenWhere = (before: Date) => ({
  registeredVia: "open",
  ownerId: null,
  teamId: null,
  createdAt: { lt: before },
  OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: before } }],
});

/**
 * Deletes those apps oldest first, in batches that yield to requests (the maintenance pass,
 * ARCHITECTURE.md "Scale"), each batch in one transaction with everything issued to its apps and
 * one audit event per app; returns how many. Idempotent, so several processes may run it at once.
 */
export async function purgeUnusedClients(
  system: SystemActor,
  now = new Date(),
  shouldStop?: () => boolean,
): Promise<number> {
  const days = getConfig().NINKA_DCR_UNUSED_DAYS;
  const where = unusedOpenWhere(new Date(now.getTime() - days * DAY_MS));
  const db = getDb();
  return deleteInBatches(async (limit) => {
    const found = await db.client.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true },
      take: limit,
    });
    if (!found.length) return 0;
    await db.$transaction(async (tx) => {
      // Read again inside the transaction: a token may have been issued, or another process purged.
      const rows = await tx.client.findMany({
        where: { ...where, id: { in: found.map((row) => row.id) } },
        select: { id: true, name: true, ownerId: true, teamId: true, createdAt: true },
      });
      const ids = rows.map((row) => row.id);
      await tx.client.deleteMany({ where: { id: { in: ids } } });
      for (const id of ids) await revokeClientTokens(tx, id);
      for (const row of rows) {
        await recordRegistrationEvent(tx, system, "app.deleted", row, {
          name: row.name,
          via: "purge",
          reason: `registered without a token and no token issued for ${days} days`,
        });
      }
    });
    return found.length;
  }, shouldStop);
}
