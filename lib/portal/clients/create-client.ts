import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import type { Actor } from "@/lib/kernel/actors/actor";
import { recordAppEvent } from "@/lib/kernel/audit/record-audit-event";
import { generateClientSecret } from "@/lib/kernel/crypto/prefixed-secret";
import { getConfig } from "@/lib/kernel/config/get-config";
import { getDb } from "@/lib/kernel/db/client";
import { lockUser } from "@/lib/kernel/db/lock-user";
import { DomainError } from "@/lib/kernel/errors";
import { startReviewIfEnabled } from "@/lib/portal/reviews/start-review";
import { assertVerifiedOwner } from "@/lib/accounts/users/assert-verified-owner";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { assertApiScopesExist } from "./check-api-scopes";
import { isConfidential } from "./application-types";
import { clientInputSchema, type ClientView } from "./schemas";
import { toClientColumns, toClientView } from "./to-client-view";

export type CreatedClient = { client: ClientView; client_secret?: string };

/**
 * Registers a client owned by the actor. Confidential clients get their first secret here, in the
 * same transaction; its plaintext is returned once and never stored. At most
 * NINKA_MAX_APPS_PER_USER apps per user, checked under the user's row lock (409 beyond).
 */
export async function createClient(actor: Actor, input: unknown): Promise<CreatedClient> {
  const data = parseOrThrow(clientInputSchema, input);
  await assertApiScopesExist(actor, data.scope);
  const secret = isConfidential(data.application_type) ? generateClientSecret() : null;
  const max = getConfig().NINKA_MAX_APPS_PER_USER;
  const row = await getDb().$transaction(async (tx) => {
    await lockUser(tx, actor.id);
    await assertVerifiedOwner(tx, actor.id, "app");
    if ((await tx.client.count({ where: { ownerId: actor.id } })) >= max) {
      throw new DomainError(
        "CONFLICT",
        `You have reached the limit of ${max} apps. Delete an app you no longer use first.`,
      );
    }
    const created = await tx.client.create({
      data: {
        id: randomBytes(12).toString("hex"),
        ownerId: actor.id,
        ...toClientColumns(data),
        secrets: secret ? { create: { id: randomUUID(), digest: secret.digest, hint: secret.hint } } : undefined,
      },
    });
    // While app review is on, a new app starts in Testing (ARCHITECTURE.md "App review").
    await startReviewIfEnabled(tx, created.id);
    await recordAppEvent(
      tx,
      actor,
      "app.created",
      { clientId: created.id, userId: actor.id },
      { name: created.name, application_type: data.application_type },
    );
    return created;
  });
  return { client: toClientView(row), ...(secret && { client_secret: secret.secret }) };
}
