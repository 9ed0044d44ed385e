import "server-only";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import type { Db } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";

type Tx = Pick<Db, "user" | "$executeRaw">;

/**
 * An instance always keeps an administrator who can sign in and reach /admin (ARCHITECTURE.md
 * "Administration"): disabling, demoting or deleting the last enabled one is refused, whoever asks
 * (console, REST or the CLI). Call it inside the change's transaction. It first takes the write
 * lock on every enabled administrator's row, so two administrators removing each other at once
 * run one after the other and the second sees the first's change (as lib/kernel/db/lock-user.ts).
 */
export async function assertNotLastAdmin(tx: Tx, userId: string, message: string): Promise<void> {
  const target = await tx.user.findUnique({ where: { id: userId }, select: { isAdmin: true, disabledAt: true } });
  if (!target?.isAdmin || target.disabledAt) return;
  await tx.$executeRaw`UPDATE "User" SET "isAdmin" = "isAdmin" WHERE "isAdmin" AND "disabledAt" IS NULL`;
  const others = await tx.user.count({ where: { isAdmin: true, disabledAt: null, id: { not: userId } } });
  if (others === 0) throw new DomainError("CONFLICT", message);
}

/**
 * A signed-in administrator does not lock themselves out from the admin pages: disabling or
 * demoting oneself is refused (another administrator, or the operator's CLI, can do it).
 */
export function assertNotSelf(actor: AnyActor, userId: string, message: string): void {
  if (!("kind" in actor) && actor.id === userId) throw new DomainError("CONFLICT", message);
}
