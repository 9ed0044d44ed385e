import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import type { Db } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";

/** The actor's app `clientId` (name and owner), or NOT_FOUND: another developer's app does not exist for them. */
export async function findOwnedClient(tx: Pick<Db, "client">, actor: Actor, clientId: unknown) {
  const client =
    typeof clientId === "string" && clientId.length <= 200
      ? await tx.client.findFirst({
          where: { id: clientId, ownerId: actor.id },
          select: { id: true, name: true, ownerId: true },
        })
      : null;
  if (!client) throw new DomainError("NOT_FOUND", "No such app.");
  return client;
}
