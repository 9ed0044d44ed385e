import "server-only";
import { readClientsVersion } from "@/lib/kernel/db/hot-path";

// The provider's client lookups, cached in this process and invalidated through the database
// (ARCHITECTURE.md "Client cache"): triggers bump CacheVersion("clients") on every write to Client
// or ClientSecret, by any process or a direct UPDATE, and every lookup first reads that one row.
// An entry loaded at version v is used only while the version is still v, so a revoked secret, a
// deleted or changed app fails on the very next request on every process. Never a TTL.
type Entry<T> = { version: number; row: T };

const MAX_ENTRIES = 10_000;
const store = globalThis as unknown as { __ninkaClientCache?: Map<string, Entry<unknown>> };

/** `load(id)` through the cache; `undefined`/`null` results (unknown clients) are not cached. */
export async function cachedClient<T>(id: string, load: (id: string) => Promise<T | null>): Promise<T | null> {
  const cache = (store.__ninkaClientCache ??= new Map());
  // Read before loading: a write that lands in between leaves an entry at the older version.
  const version = await readClientsVersion();
  const hit = cache.get(id) as Entry<T> | undefined;
  if (hit && hit.version === version && version >= 0) return hit.row;
  const row = await load(id);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  if (row) cache.set(id, { version, row });
  else cache.delete(id);
  return row;
}
