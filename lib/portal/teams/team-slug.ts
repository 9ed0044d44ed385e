import "server-only";
import type { Db } from "@/lib/kernel/db/client";
import { isUniqueViolation } from "@/lib/kernel/db/is-unique-violation";
import { DomainError } from "@/lib/kernel/errors";

// A team's slug is unique across Ninka (ARCHITECTURE.md "Teams"): taken is a 409 on the field.
const slugTaken = (slug: string) =>
  new DomainError("CONFLICT", "Check the highlighted fields.", { slug: [`${slug} is taken by another team`] });

/** Refuses `slug` when another team than `teamId` has it (read inside the change's transaction). */
export async function assertSlugFree(tx: Pick<Db, "team">, slug: string, teamId?: string): Promise<void> {
  const other = await tx.team.findUnique({ where: { slug }, select: { id: true } });
  if (other && other.id !== teamId) throw slugTaken(slug);
}

/** Runs a change that writes `slug`: a team taking it at the same moment is the same 409. */
export async function withSlug<T>(slug: string, change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken(slug);
    throw error;
  }
}
