import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { profileSchema } from "./schemas";

/**
 * Renames the actor's own account. Apps see the new name in the `name` claim from their next
 * userinfo call or ID token (lib/provider/oidc/find-account.ts reads it each time); nothing else
 * changes, so no recent sign-in is needed (ARCHITECTURE.md "Step-up" lists what does).
 */
export async function updateProfile(actor: Actor, input: unknown): Promise<{ name: string }> {
  const { name } = parseOrThrow(profileSchema, input, "Check your name.");
  const { count } = await getDb().user.updateMany({ where: { id: actor.id }, data: { name } });
  if (count === 0) throw new DomainError("NOT_FOUND", "This account no longer exists.");
  return { name };
}
