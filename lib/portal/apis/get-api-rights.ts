import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { roleOnRow } from "@/lib/kernel/actors/owner-scope";
import { teamRights, type OwnerRights } from "@/lib/kernel/actors/team-permissions";
import { getDb } from "@/lib/kernel/db/client";
import { parseApiId } from "./api-id";
import { findApiFor } from "./find-api-for";

/**
 * What the actor may do with one of their or their teams' APIs, so the console shows only the
 * controls their role allows (ARCHITECTURE.md "Teams"); every domain function checks again.
 */
export async function getApiRights(actor: Actor, input: unknown): Promise<OwnerRights> {
  const row = await findApiFor(getDb(), actor, parseApiId(input), "apps.read");
  const role = roleOnRow(actor, row) ?? "viewer";
  return { role, team: row.team && { id: row.team.id, name: row.team.name }, can: teamRights(role) };
}
