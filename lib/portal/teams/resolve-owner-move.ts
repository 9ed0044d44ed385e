import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { assertTeamRight, toOwnerView, type OwnerAccessRow, type OwnerView } from "@/lib/kernel/actors/owner-scope";
import type { Db } from "@/lib/kernel/db/client";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { assertTeamAction } from "./assert-team-action";
import { ownerMoveSchema } from "./owner-schemas";

export type OwnerMove = {
  /** The owner columns to write: exactly one of them set. */
  data: { ownerId: string | null; teamId: string | null };
  from: NonNullable<OwnerView>;
  to: NonNullable<OwnerView>;
};

/**
 * Where PUT /clients/{id}/owner and PUT /apis/{id}/owner move an app or API (ARCHITECTURE.md
 * "Teams"): into a team (`team_id`) or to the caller (`user: "me"`), by someone allowed on both
 * sides — the owner of a personal one, a team owner on a team's side (`ownership.transfer`). Null
 * when it already belongs there. Only the owner columns change, so client id, secrets, tokens,
 * consent and approvals all stay.
 */
export async function resolveOwnerMove(
  tx: Pick<Db, "teamMember">,
  actor: Actor,
  row: OwnerAccessRow,
  input: unknown,
): Promise<OwnerMove | null> {
  const target = parseOrThrow(ownerMoveSchema, input);
  assertTeamRight(actor, row, "ownership.transfer");
  const from = toOwnerView(row)!;
  if ("user" in target) {
    if (row.ownerId === actor.id) return null;
    return { data: { ownerId: actor.id, teamId: null }, from, to: { type: "user", id: actor.id, name: actor.name } };
  }
  const { team } = await assertTeamAction(tx, actor, target.team_id, "ownership.transfer");
  if (row.teamId === team.id) return null;
  return { data: { ownerId: null, teamId: team.id }, from, to: { type: "team", ...team } };
}
