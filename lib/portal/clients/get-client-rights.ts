import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { roleOnRow } from "@/lib/kernel/actors/owner-scope";
import { teamRights, type TeamAction, type TeamRole } from "@/lib/kernel/actors/team-permissions";
import { getDb } from "@/lib/kernel/db/client";
import { parseClientId } from "./client-id";
import { findClientFor } from "./find-client-for";

export type ClientRights = {
  /** The actor's role: "owner" for their own app. */
  role: TeamRole;
  /** The owning team, when a team owns the app. */
  team: { id: string; name: string } | null;
  /** What the actor may do with it, from the one table (lib/kernel/actors/team-permissions.ts). */
  can: Record<TeamAction, boolean>;
};

/**
 * What the actor may do with one of their or their teams' apps, so the console shows only the
 * controls their role allows (ARCHITECTURE.md "Teams"); every domain function checks again.
 */
export async function getClientRights(actor: Actor, input: unknown): Promise<ClientRights> {
  const row = await findClientFor(getDb(), actor, parseClientId(input), "apps.read");
  const role = roleOnRow(actor, row) ?? "viewer";
  return { role, team: row.team && { id: row.team.id, name: row.team.name }, can: teamRights(role) };
}
