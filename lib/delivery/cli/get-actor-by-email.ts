import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { parseEmail } from "@/lib/accounts/users/schemas";

/**
 * The user an operator names with --email, as the actor the CLI acts for. Only the CLI may do this:
 * whoever runs it already holds the database.
 */
export async function getActorByEmail(input: string): Promise<Actor> {
  const email = parseEmail(input);
  const user = await getDb().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true },
  });
  if (!user) throw new DomainError("NOT_FOUND", `no user with email ${email} (create one with: ninka users create)`);
  return user;
}
