import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { changedFields } from "@/lib/kernel/audit/changed-fields";
import { getDb } from "@/lib/kernel/db/client";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { assertTeamAction } from "./assert-team-action";
import { recordTeamEvent } from "./record-team-event";
import { teamInputSchema, type TeamView } from "./schemas";
import { assertSlugFree, withSlug } from "./team-slug";
import { toTeamColumns, toTeamView } from "./to-team-view";

/** Replaces a team's name, slug, logo and homepage (team.update: admins and owners). */
export async function updateTeam(actor: Actor, teamId: unknown, input: unknown): Promise<TeamView> {
  const data = parseOrThrow(teamInputSchema, input);
  return withSlug(data.slug, () =>
    getDb().$transaction(async (tx) => {
      const { team, role } = await assertTeamAction(tx, actor, teamId, "team.update");
      await assertSlugFree(tx, data.slug, team.id);
      const before = await tx.team.findUniqueOrThrow({ where: { id: team.id } });
      const after = await tx.team.update({
        where: { id: team.id },
        data: { ...toTeamColumns(data), updatedAt: new Date() },
      });
      const changes = changedFields(toTeamView(before, role), toTeamView(after, role), ["updated_at"]);
      await recordTeamEvent(tx, actor, "team.updated", team.id, { changes });
      return toTeamView(after, role);
    }),
  );
}
