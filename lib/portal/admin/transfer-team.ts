import "server-only";
import { z } from "zod";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { getDb } from "@/lib/kernel/db/client";
import { lockTeam } from "@/lib/kernel/db/lock-team";
import { DomainError } from "@/lib/kernel/errors";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { emailSchema } from "@/lib/accounts/users/schemas";
import { recordTeamEvent } from "@/lib/portal/teams/record-team-event";
import { parseTeamId } from "@/lib/portal/teams/team-id";

const transferTeamSchema = z.object({ teamId: z.unknown(), email: emailSchema });

/**
 * An administrator makes an existing account an owner of a team (ARCHITECTURE.md "Teams"), e.g.
 * when its owners left the company: a member is promoted, anyone else joins as owner. The other
 * members keep their roles; the team's feed shows the change by an outsider.
 */
export async function transferTeamOwnership(actor: AnyActor, input: unknown) {
  const { teamId: rawTeamId, email } = parseOrThrow(transferTeamSchema, input);
  const teamId = parseTeamId(rawTeamId);
  return getDb().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    await lockTeam(tx, teamId);
    const team = await tx.team.findUnique({ where: { id: teamId }, select: { id: true, name: true } });
    if (!team) throw new DomainError("NOT_FOUND", "No such team.");
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true } });
    if (!user) throw DomainError.field("email", `No account uses ${email}.`);
    const where = { teamId_userId: { teamId, userId: user.id } };
    const before = await tx.teamMember.findUnique({ where, select: { role: true } });
    if (before?.role === "owner") throw DomainError.field("email", `${email} already owns ${team.name}.`);
    await tx.teamMember.upsert({
      where,
      create: { teamId, userId: user.id, role: "owner" },
      update: { role: "owner" },
    });
    const target = { type: "user" as const, id: user.id };
    if (before) {
      const details = { email, from: before.role, to: "owner", by_administrator: true };
      await recordTeamEvent(tx, actor, "team.member_role_changed", teamId, details, target);
    } else {
      const details = { email, role: "owner", by_administrator: true };
      await recordTeamEvent(tx, actor, "team.member_added", teamId, details, target);
    }
    return { teamId, name: team.name, owner: user.email };
  });
}
