import type { Adapter, AdapterPayload } from "oidc-provider";
import { toOidcMetadata } from "@/lib/provider/oidc/to-oidc-metadata";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { findProviderClient } from "@/lib/portal/clients/find-provider-client";

// oidc-provider's "Client" model, read from Ninka's Client table (clients are registered through
// lib/portal/clients, never through the provider). Every token request looks its client up here: a read
// of the clients' cache version, and the client with its secrets only when that changed
// (lib/portal/clients/provider-client-cache.ts). oidc-provider caches the validated client by a hash of
// this metadata, so any change (a revoked or expired secret, an edit) is seen on the next request,
// in every process.
const PROVIDER = systemActor("oidc-provider");

export class ClientAdapter implements Adapter {
  async find(id: string): Promise<AdapterPayload | undefined> {
    const row = await findProviderClient(PROVIDER, id);
    return row ? (toOidcMetadata(row) as AdapterPayload) : undefined;
  }

  async upsert(): Promise<void> {
    throw new Error("Clients are registered through Ninka's console or REST API");
  }

  async destroy(): Promise<void> {
    throw new Error("Clients are deleted through Ninka's console or REST API");
  }

  async findByUid(): Promise<undefined> {
    return undefined;
  }

  async findByUserCode(): Promise<undefined> {
    return undefined;
  }

  async consume(): Promise<void> {}

  async revokeByGrantId(): Promise<void> {}
}
