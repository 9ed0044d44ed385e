import "server-only";
import type { Actor } from "@/lib/actors/actor";
import { findApiClients, type AppRef } from "./find-api-clients";

export type ScopeHolders = Record<string, AppRef[]>;

/**
 * Per scope of the actor's API, the apps that registered it: what removing the scope, or deleting
 * the API, takes away (the console lists them before it saves).
 */
export async function listScopeHolders(actor: Actor, apiId: unknown): Promise<ScopeHolders> {
  return (await findApiClients(actor, apiId)).holding;
}
