import "server-only";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { getDb } from "@/lib/kernel/db/client";
import { addUtcDays, utcDay } from "@/lib/kernel/time/utc-day";
import { clientNotFound, parseClientId } from "@/lib/portal/clients/client-id";
import { countUsage } from "@/lib/portal/insights/get-client-usage";

/**
 * Any app's last `days` UTC days of usage, today included, for its admin page (admins only; anyone
 * else gets NOT_FOUND). The owner reads theirs through lib/portal/insights/get-client-usage.ts.
 */
export async function getAdminClientUsage(actor: AnyActor, clientIdInput: unknown, days: number, now = new Date()) {
  const clientId = parseClientId(clientIdInput);
  const db = getDb();
  await assertAdmin(db, actor);
  if (!(await db.client.findUnique({ where: { id: clientId }, select: { id: true } }))) throw clientNotFound();
  const to = utcDay(now);
  return countUsage(clientId, { from: addUtcDays(to, 1 - days), to, days });
}
