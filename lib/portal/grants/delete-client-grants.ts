import { recordAppEvent } from "@/lib/kernel/audit/record-audit-event";
import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { recordUsage } from "@/lib/portal/insights/record-usage";
import { USAGE_METRICS } from "@/lib/portal/insights/usage-metrics";
import { revokeGrants } from "@/lib/accounts/lifecycle/revoke-grants";
import { parseIdOrThrow } from "@/lib/kernel/validation/identifier";

const noAccess = () => new DomainError("NOT_FOUND", "This app has no access to your account.");

/**
 * "Remove access": ends every grant the actor gave `clientId` and, at once, every code, access
 * token and refresh token issued under them. Only the actor's own grants are touched; an app the
 * actor never connected is NotFound. The app's next token request fails with invalid_grant and
 * its next sign-in asks for consent again.
 */
export async function deleteClientGrants(actor: Actor, input: unknown): Promise<void> {
  const clientId = parseIdOrThrow(input, noAccess);
  await getDb().$transaction(async (tx) => {
    if (!(await revokeGrants(tx, actor.id, clientId)).length) throw noAccess();
    await recordAppEvent(tx, actor, "consent.removed", { clientId, userId: actor.id });
  });
  recordUsage(systemActor("usage"), clientId, USAGE_METRICS.consentRemoved);
}
