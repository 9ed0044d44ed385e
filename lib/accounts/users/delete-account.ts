import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { endEverythingOf } from "@/lib/accounts/lifecycle/end-everything-of";
import { revokeClientTokens } from "@/lib/accounts/lifecycle/revoke-client-tokens";
import { requireRecentSignIn } from "@/lib/accounts/sessions/step-up";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { assertNotLastAdmin } from "./last-admin";
import { assertNotLastTeamOwner, teamsLastOwnedBy } from "./last-team-owner";
import { deleteAccountSchema } from "./schemas";

export type DeletedAccount = { appsDeleted: number };

/** The apps an account would take with it: listed for the person to confirm before deleting. */
export async function listAppsDeletedWithAccount(actor: Actor): Promise<{ id: string; name: string }[]> {
  return getDb().client.findMany({
    where: { ownerId: actor.id },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/**
 * The teams the account is the last owner of: the account page lists them, and deleting waits
 * until someone else owns each or it is deleted (ARCHITECTURE.md "Teams").
 */
export const listTeamsBlockingDeletion = (actor: Actor) => teamsLastOwnedBy(getDb(), actor.id);

/**
 * Deletes the actor's account, after a recent sign-in (step-up, lib/accounts/sessions: the password and
 * second step, or a passkey, within minutes) and the address typed to confirm. Goes with it
 * everything lib/accounts/lifecycle ends for an account, its APIs, and the apps it owns with everything
 * issued to them — those apps only when every one of them is among `confirmedAppIds` (the list
 * the person was shown).
 */
export async function deleteAccount(actor: Actor, input: unknown): Promise<DeletedAccount> {
  const { confirmEmail, confirmedAppIds } = parseOrThrow(deleteAccountSchema, input);
  await requireRecentSignIn(actor);
  const user = await getDb().user.findUnique({ where: { id: actor.id }, select: { id: true, email: true } });
  if (!user) throw new DomainError("NOT_FOUND", "This account no longer exists.");
  if (confirmEmail !== user.email) throw DomainError.field("confirmEmail", `Type ${user.email} to confirm.`);
  return removeAccount(actor, user, confirmedAppIds);
}

/**
 * The deletion itself, for the account page (after the password) and the operator CLI (after its
 * --yes): refused while the account owns an app not among `confirmedAppIds`, for the last
 * administrator (lib/accounts/users/last-admin.ts) and for the last owner of a team
 * (lib/accounts/users/last-team-owner.ts).
 */
export async function removeAccount(
  actor: AnyActor,
  user: { id: string; email: string },
  confirmedAppIds: readonly string[],
  context: { ip?: string | null } = {},
): Promise<DeletedAccount> {
  return getDb().$transaction(async (tx) => {
    await assertNotLastAdmin(
      tx,
      user.id,
      `${user.email} is the last administrator and cannot be deleted; make someone else an administrator first.`,
    );
    await assertNotLastTeamOwner(tx, user);
    const apps = await tx.client.findMany({ where: { ownerId: user.id }, select: { id: true } });
    const confirmed = new Set(confirmedAppIds);
    if (apps.some((app) => !confirmed.has(app.id))) {
      throw DomainError.field(
        "confirmedAppIds",
        "You own apps that were not listed when you started. Review the list and confirm again.",
      );
    }
    const appIds = apps.map((app) => app.id);
    // Adapter rows carry no foreign keys: the account's own (sessions, grants, codes, tokens) and
    // everything issued to its apps go explicitly; the rest cascades from the user row.
    await endEverythingOf(tx, user.id);
    for (const appId of appIds) await revokeClientTokens(tx, appId);
    await tx.user.delete({ where: { id: user.id } });
    await recordAuditEvent(tx, {
      actor,
      action: "user.deleted",
      target: { type: "user", id: user.id },
      userId: user.id,
      request: { ip: context.ip ?? null },
      details: { appsDeleted: appIds.length },
    });
    return { appsDeleted: appIds.length };
  });
}
