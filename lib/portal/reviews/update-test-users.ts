import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { lockUser } from "@/lib/kernel/db/lock-user";
import { DomainError } from "@/lib/kernel/errors";
import { emailSchema } from "@/lib/accounts/users/schemas";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { findOwnedClient } from "./owned-client";
import { MAX_TEST_USERS } from "./review-states";

const testUserSchema = z.object({ clientId: z.string().max(200), email: emailSchema });

/** Lets `email` use the owner's app while it is in Testing; at most MAX_TEST_USERS per app. */
export async function addTestUser(actor: Actor, input: unknown): Promise<{ email: string }> {
  const { clientId, email } = parseOrThrow(testUserSchema, input);
  return getDb().$transaction(async (tx) => {
    await lockUser(tx, actor.id); // the count and the insert see one another (ARCHITECTURE.md "Input")
    const client = await findOwnedClient(tx, actor, clientId, "apps.write");
    if (await tx.clientTestUser.findUnique({ where: { clientId_email: { clientId: client.id, email } } }))
      return { email };
    if ((await tx.clientTestUser.count({ where: { clientId: client.id } })) >= MAX_TEST_USERS) {
      throw new DomainError("CONFLICT", `An app can have at most ${MAX_TEST_USERS} test users. Remove one first.`);
    }
    await tx.clientTestUser.create({ data: { clientId: client.id, email } });
    return { email };
  });
}

/** Removes a test user; their next sign-in to the app in Testing is refused. */
export async function deleteTestUser(actor: Actor, input: unknown): Promise<void> {
  const { clientId, email } = parseOrThrow(testUserSchema, input);
  const db = getDb();
  const client = await findOwnedClient(db, actor, clientId, "apps.write");
  await db.clientTestUser.deleteMany({ where: { clientId: client.id, email } });
}
