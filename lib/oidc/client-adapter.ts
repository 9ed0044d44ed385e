import type { Adapter, AdapterPayload } from "oidc-provider";
import { toOidcMetadata } from "@/lib/clients/to-oidc-metadata";
import { activeSecretWhere } from "@/lib/credentials/active-secret-filter";
import { getDb } from "@/lib/db/client";

// oidc-provider's "Client" model, read from Ninka's Client table (clients are registered through
// lib/clients, never through the provider). Every token request looks its client up here: one
// indexed read of the client and its live secret digests. oidc-provider caches the validated
// client by a hash of this metadata, so any change (a revoked or expired secret, an edit) is seen
// on the next request, in every process.
export class ClientAdapter implements Adapter {
  async find(id: string): Promise<AdapterPayload | undefined> {
    const row = await getDb().client.findUnique({
      where: { id },
      include: { secrets: { where: activeSecretWhere(), select: { id: true, digest: true, expiresAt: true } } },
    });
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
