import "server-only";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import { changedFields } from "@/lib/kernel/audit/changed-fields";
import { ownerNames } from "@/lib/kernel/actors/owner-scope";
import { getDb } from "@/lib/kernel/db/client";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { revokeClientTokens } from "@/lib/accounts/lifecycle/revoke-client-tokens";
import type { ApplicationType } from "./application-types";
import { assertApiScopesExist } from "./check-api-scopes";
import { clientNotFound } from "./client-id";
import { recordRegistrationEvent } from "./registration-audit";
import { fromRegistrationMetadata } from "./registration-metadata";
import { clientInputSchema } from "./schemas";
import { toClientColumns, toClientView } from "./to-client-view";

// RFC 7592: an app that registered itself reads, changes and deletes its own registration with its
// registration access token, which node-oidc-provider has checked. Only self-registered apps
// (registeredVia set) are reachable this way; their type and secrets never change here, as with
// PUT /clients/{id} (ARCHITECTURE.md "Dynamic registration").
const registeredWhere = (clientId: string) => ({ id: clientId, registeredVia: { not: null } });

export async function updateRegisteredClient(
  system: SystemActor,
  clientId: string,
  metadata: Record<string, unknown>,
): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const before = await tx.client.findFirst({ where: registeredWhere(clientId), include: ownerNames });
    if (!before) throw clientNotFound();
    const type = before.applicationType as ApplicationType;
    const data = parseOrThrow(clientInputSchema, fromRegistrationMetadata(metadata, type));
    await assertApiScopesExist(system, data.scope);
    const after = await tx.client.update({
      where: { id: clientId },
      data: { ...toClientColumns(data), updatedAt: new Date() },
      include: ownerNames,
    });
    await recordRegistrationEvent(tx, system, "app.registration_updated", before, {
      changedFields: changedFields(toClientView(before), toClientView(after)),
    });
  });
}

/** Deletes a self-registered app and ends everything issued to it (as deleteClient does). */
export async function deleteRegisteredClient(system: SystemActor, clientId: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const client = await tx.client.findFirst({
      where: registeredWhere(clientId),
      select: { id: true, name: true, ownerId: true, teamId: true },
    });
    if (!client) throw clientNotFound();
    await tx.client.delete({ where: { id: clientId } });
    await revokeClientTokens(tx, clientId);
    await recordRegistrationEvent(tx, system, "app.deleted", client, {
      name: client.name,
      via: "registration management",
    });
  });
}
