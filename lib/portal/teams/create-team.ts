import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { assertVerifiedOwner } from "@/lib/accounts/users/assert-verified-owner";
import { recordTeamEvent } from "./record-team-event";
import { teamInputSchema, type TeamView } from "./schemas";
import { assertSlugFree, withSlug } from "./team-slug";
import { toTeamColumns, toTeamView } from "./to-team-view";

/**
 * Creates a team with the actor as its first owner (ARCHITECTURE.md "Teams"). Like registering an
 * app, it needs a verified address: the team's name and logo appear on consent screens.
 */
export async function createTeam(actor: Actor, input: unknown): Promise<TeamView> {
  const data = parseOrThrow(teamInputSchema, input);
  const row = await withSlug(data.slug, () =>
    getDb().$transaction(async (tx) => {
      await assertVerifiedOwner(tx, actor.id, "team");
      await assertSlugFree(tx, data.slug);
      const team = await tx.team.create({
        data: { id: randomUUID(), ...toTeamColumns(data), members: { create: { userId: actor.id, role: "owner" } } },
      });
      await recordTeamEvent(tx, actor, "team.created", team.id, { name: team.name, slug: team.slug });
      return team;
    }),
  );
  return toTeamView(row, "owner");
}
