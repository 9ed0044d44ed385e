import "server-only";
import type { AnyActor } from "./any-actor";
import type { Db } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";

type Reader = Pick<Db, "user">;

/**
 * Instance settings and invitations are the administrators' alone. Pages and actions already call
 * requireAdminActor; the domain checks again so that no other caller can skip it. The operator's
 * CLI is trusted (it has the database). Anyone else gets NOT_FOUND, as /admin answers 404
 * (ARCHITECTURE.md "Administration").
 */
export async function assertAdmin(db: Reader, actor: AnyActor): Promise<void> {
  if ("kind" in actor && actor.kind === "cli") return;
  if ("kind" in actor) throw new DomainError("NOT_FOUND", "Not found.");
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { isAdmin: true, disabledAt: true } });
  if (!user?.isAdmin || user.disabledAt) throw new DomainError("NOT_FOUND", "Not found.");
}
