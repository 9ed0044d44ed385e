import "server-only";
import type { Db } from "@/lib/kernel/db/client";

type Tx = Pick<Db, "client">;

/**
 * The apps (of any owner) that registered any of these API scope values, with the ones each holds.
 * Client.scope is a space-separated string, so the query narrows by substring and the exact match
 * is made here.
 */
export async function findClientsHoldingScopes(db: Tx, values: string[]) {
  if (!values.length) return [];
  const rows = await db.client.findMany({
    where: { OR: values.map((value) => ({ scope: { contains: value } })) },
    select: {
      id: true,
      name: true,
      scope: true,
      grantTypes: true,
      owner: { select: { name: true, email: true, emailVerifiedAt: true } },
    },
    orderBy: { name: "asc" },
  });
  const wanted = new Set(values);
  return rows
    .map((row) => ({ ...row, held: row.scope.split(" ").filter((scope) => wanted.has(scope)) }))
    .filter((row) => row.held.length > 0);
}

/**
 * Takes scope values that no longer exist (removed from an API, or its API deleted) out of every
 * app that registered them, so no app keeps a scope nothing can grant. Approvals go with the
 * ApiScope rows (foreign key cascade).
 */
export async function removeScopesFromClients(tx: Tx, values: string[]): Promise<void> {
  const gone = new Set(values);
  for (const client of await findClientsHoldingScopes(tx, values)) {
    const scope = client.scope
      .split(" ")
      .filter((value) => value && !gone.has(value))
      .join(" ");
    await tx.client.update({ where: { id: client.id }, data: { scope } });
  }
}
