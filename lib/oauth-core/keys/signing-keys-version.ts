import "server-only";
import { getDb, type Db } from "@/lib/kernel/db/client";

// Every change to the signing keys bumps one CacheVersion row in the transaction making it; each
// process compares it with the version its provider was built from, at most once a second
// (lib/provider/oidc/get-provider.ts), so every process serves the new key set within a second.
const NAME = "signing-keys";

/** The signing keys' version; 0 before the first change. */
export async function readSigningKeysVersion(): Promise<number> {
  return (await getDb().cacheVersion.findUnique({ where: { name: NAME } }))?.version ?? 0;
}

export async function bumpSigningKeysVersion(tx: Pick<Db, "cacheVersion">): Promise<void> {
  await tx.cacheVersion.upsert({
    where: { name: NAME },
    create: { name: NAME, version: 1 },
    update: { version: { increment: 1 } },
  });
}
