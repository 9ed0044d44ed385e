import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { assertTeamAction } from "./assert-team-action";
import type { MemberView } from "./schemas";
import { toMemberView } from "./to-team-view";

/** A team's members, earliest first, for every member (apps.read): members know each other. */
export async function listMembers(actor: Actor, teamId: unknown): Promise<{ members: MemberView[] }> {
  const db = getDb();
  const { team } = await assertTeamAction(db, actor, teamId, "apps.read");
  const rows = await db.teamMember.findMany({
    where: { teamId: team.id },
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: [{ createdAt: "asc" }, { userId: "asc" }],
  });
  return { members: rows.map(toMemberView) };
}
