import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { assertTeamAction } from "./assert-team-action";
import { recordTeamEvent } from "./record-team-event";

/**
 * Deletes a team (owners only) with its memberships and invitations. Refused (409) while it owns
 * apps or APIs, which the problem names (`team_apps`, `team_apis`): they are moved out or deleted
 * first, so deleting a team never deletes an app by surprise (ARCHITECTURE.md "Teams").
 */
export async function deleteTeam(actor: Actor, teamId: unknown): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { team } = await assertTeamAction(tx, actor, teamId, "team.delete");
    const owned = { where: { teamId: team.id }, select: { id: true, name: true }, orderBy: { name: "asc" as const } };
    const apps = await tx.client.findMany(owned);
    const apis = await tx.api.findMany(owned);
    if (apps.length || apis.length) {
      const names = [...apps, ...apis].map((row) => row.name).join(", ");
      throw new DomainError(
        "CONFLICT",
        `${team.name} still owns ${names}. Move them to another owner or delete them first.`,
        undefined,
        {
          team_apps: apps.map((app) => ({ client_id: app.id, client_name: app.name })),
          team_apis: apis.map((api) => ({ id: api.id, name: api.name })),
        },
      );
    }
    await tx.team.delete({ where: { id: team.id } });
    await recordTeamEvent(tx, actor, "team.deleted", team.id, { name: team.name });
  });
}
