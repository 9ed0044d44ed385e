import "server-only";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { parseIdOrThrow } from "@/lib/kernel/validation/identifier";
import { reviewStateOf } from "@/lib/portal/reviews/review-states";
import { isTeamRole } from "@/lib/kernel/actors/team-permissions";

const userNotFound = () => new DomainError("NOT_FOUND", "No such user.");

/**
 * One account as an administrator sees it, /admin/users/[userId] (admins only; anyone else gets
 * NOT_FOUND, as /admin answers 404): who, verified, admin, disabled, how they sign in (two-step,
 * passkeys), open sessions, last sign-in, their apps and the teams they are in, with their role.
 */
export async function getAdminUser(actor: AnyActor, userIdInput: unknown) {
  const userId = parseIdOrThrow(userIdInput, userNotFound);
  const db = getDb();
  await assertAdmin(db, actor);
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      createdAt: true,
      emailVerifiedAt: true,
      isAdmin: true,
      disabledAt: true,
      totpFactor: { select: { confirmedAt: true } },
      _count: { select: { passkeys: true } },
      clients: {
        select: {
          id: true,
          name: true,
          applicationType: true,
          suspendedAt: true,
          review: { select: { status: true } },
        },
        orderBy: { name: "asc" },
      },
      teamMemberships: {
        select: { role: true, team: { select: { id: true, name: true, slug: true } } },
        orderBy: { team: { name: "asc" } },
      },
    },
  });
  if (!user) throw userNotFound();
  const [sessions, lastSignIn] = await Promise.all([
    db.oidcPayload.count({ where: { model: "Session", accountId: user.id } }),
    db.auditEvent.findFirst({
      where: { action: "signin.succeeded", userId: user.id },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    }),
  ]);
  const { totpFactor, _count, clients, teamMemberships, ...rest } = user;
  return {
    ...rest,
    twoStep: Boolean(totpFactor?.confirmedAt),
    passkeys: _count.passkeys,
    sessions,
    lastSignInAt: lastSignIn?.createdAt ?? null,
    apps: clients.map(({ review, ...app }) => ({ ...app, review: reviewStateOf(review) })),
    teams: teamMemberships.map(({ role, team }) => ({ ...team, role: isTeamRole(role) ? role : "viewer" })),
  };
}
