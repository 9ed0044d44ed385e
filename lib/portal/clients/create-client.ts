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
import { ownerFeeds, ownerRelations } from "@/lib/kernel/actors/owner-scope";
import { assertTeamAction } from "@/lib/portal/teams/assert-team-action";
import { teamPlacementSchema } from "@/lib/portal/teams/owner-schemas";

export type CreatedClient = { client: ClientView; client_secret?: string };

/**
 * Registers a client owned by the actor, or by one of their teams (`team_id`, the developer role
 * at least; ARCHITECTURE.md "Teams"). Confidential clients get their first secret here, in the
 * same transaction; its plaintext is returned once and never stored. At most
 * NINKA_MAX_APPS_PER_USER apps per user or team, checked under the user's row lock (409 beyond).
 */
export async function createClient(actor: Actor, input: unknown): Promise<CreatedClient> {
  const data = parseOrThrow(clientInputSchema, input);
  const { team_id } = parseOrThrow(teamPlacementSchema, input);
  await assertApiScopesExist(actor, data.scope);
  const secret = isConfidential(data.application_type) ? generateClientSecret() : null;
  const max = getConfig().NINKA_MAX_APPS_PER_USER;
  const row = await getDb().$transaction(async (tx) => {
    await lockUser(tx, actor.id);
    await assertVerifiedOwner(tx, actor.id, "app");
    const team = team_id === undefined ? null : (await assertTeamAction(tx, actor, team_id, "apps.write")).team;
    const owner = team ? { teamId: team.id } : { ownerId: actor.id };
    if ((await tx.client.count({ where: owner })) >= max) {
      throw new DomainError(
        "CONFLICT",
        `${team ? `${team.name} has` : "You have"} reached the limit of ${max} apps. Delete an app you no longer use first.`,
      );
    }
    const created = await tx.client.create({
      data: {
        id: randomBytes(12).toString("hex"),
        ...owner,
        ...toClientColumns(data),
        secrets: secret ? { create: { id: randomUUID(), digest: secret.digest, hint: secret.hint } } : undefined,
      },
      include: ownerRelations(actor),
    });
    // While app review is on, a new app starts in Testing (ARCHITECTURE.md "App review").
    await startReviewIfEnabled(tx, created.id);
    await recordAppEvent(
      tx,
      actor,
      "app.created",
      { clientId: created.id, ...ownerFeeds(created) },
      { name: created.name, application_type: data.application_type },
    );
    return created;
  });
  return { client: toClientView(row), ...(secret && { client_secret: secret.secret }) };
}
