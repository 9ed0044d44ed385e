import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { updateApiClient } from "./update-api-client";

/**
 * The API owner removes an app's machine-to-machine access: every approval it had for the API,
 * which is approving none (one audited change, `approved_scopes: []`).
 */
export async function deleteApiClient(actor: Actor, apiId: unknown, clientId: unknown): Promise<void> {
  await updateApiClient(actor, apiId, clientId, { scopes: [] });
}
