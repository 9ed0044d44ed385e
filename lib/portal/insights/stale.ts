import { DAY_MS } from "@/lib/kernel/time/durations";

// Stale apps and secrets (ARCHITECTURE.md "Insights"): flagged for a person to decide, never
// deleted automatically. One rule, used by the console badge, the secret list and the admin filter.
export const STALE_AFTER_DAYS = 90;

const cutoff = (now: Date) => new Date(now.getTime() - STALE_AFTER_DAYS * DAY_MS);
const before = (iso: string | null, limit: Date) => iso === null || new Date(iso) < limit;

type Used = { created_at: string; last_used_at: string | null };

/** Not used in the last 90 days, and older than that (a new app is not stale yet). */
export const isStale = (item: Used, now: Date) =>
  before(item.created_at, cutoff(now)) && before(item.last_used_at, cutoff(now));

/** Prisma `where` for the admin apps page's "Not used in 90 days" filter. */
export const staleClientsWhere = (now: Date) => ({
  createdAt: { lt: cutoff(now) },
  OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: cutoff(now) } }],
});

/** A secret unused for 90 days while another of the app's secrets is in use: "probably safe to revoke". */
export function isProbablySafeToRevoke(
  secret: Used & { id: string },
  all: (Used & { id: string })[],
  now: Date,
): boolean {
  return (
    isStale(secret, now) && all.some((other) => other.id !== secret.id && !before(other.last_used_at, cutoff(now)))
  );
}
