import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { emailSchema } from "@/lib/accounts/users/schemas";

/**
 * The user an operator names with --email, as the actor the CLI acts for. Only the CLI may do this:
 * whoever runs it already holds the database.
 */
export async function getActorByEmail(email: string): Promise<Actor> {
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success)
    throw new DomainError("VALIDATION", "Check the email address.", { email: [parsed.error.issues[0]!.message] });
  const user = await getDb().user.findUnique({
    where: { email: parsed.data },
    select: { id: true, email: true, name: true },
  });
  if (!user)
    throw new DomainError("NOT_FOUND", `no user with email ${parsed.data} (create one with: ninka users create)`);
  return user;
}
