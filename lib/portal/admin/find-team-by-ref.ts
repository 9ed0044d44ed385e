import "server-only";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { identifierSchema } from "@/lib/kernel/validation/identifier";

const noSuchTeam = (ref: string) => new DomainError("NOT_FOUND", `No team has the id or slug ${ref}.`);

/**
 * The team an operator names by its id or its slug (`ninka teams add-owner --team`), admins only.
 * The id wins: a slug may look like another team's id, and an id names one team for good.
 */
export async function findTeamByRef(actor: AnyActor, refInput: unknown) {
  const parsed = identifierSchema.safeParse(refInput);
  if (!parsed.success)
    throw new DomainError("VALIDATION", "Name a team by its id or slug.", { team: ["is not a team's id or slug"] });
  const ref = parsed.data;
  const db = getDb();
  await assertAdmin(db, actor);
  const select = { id: true, name: true, slug: true } as const;
  const team =
    (await db.team.findUnique({ where: { id: ref }, select })) ??
    (await db.team.findUnique({ where: { slug: ref.toLowerCase() }, select }));
  if (!team) throw noSuchTeam(ref);
  return team;
}
