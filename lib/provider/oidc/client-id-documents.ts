import { errors, type ClientMetadata, type Configuration } from "oidc-provider";
import { acceptsClientIdDocument, clientIdDocumentsOn } from "@/lib/accounts/settings/client-id-documents-setting";
import type { DcrMode } from "@/lib/accounts/settings/dcr-modes";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { DomainError } from "@/lib/kernel/errors";
import { isScope } from "@/lib/oauth-core/scopes/oidc-scopes";
import { assertClientDocumentAllowed, isDocumentClientId } from "@/lib/portal/clients/check-client-document";
import { FIRST_PARTY_PROPERTY } from "./console-client";
import { SCOPES_PROPERTY, SECRETS_PROPERTY } from "./to-oidc-metadata";

// Client ID metadata documents (ARCHITECTURE.md "Dynamic registration"): node-oidc-provider fetches
// and validates the document of a client_id that is an https URL (through providerFetch, the
// outbound guard) and caches it within its bounds; Ninka decides whether it may (the instance
// setting and its host lists, read at every use), and holds the app to its own client rules.
const DOCUMENTS = systemActor("client-id-document");
const INTERNAL = [FIRST_PARTY_PROPERTY, SECRETS_PROPERTY, SCOPES_PROPERTY];

type Features = NonNullable<Configuration["features"]>;
export const clientIdMetadataDocument: Features["clientIdMetadataDocument"] = {
  enabled: true,
  // The feature is a draft; oidc-provider asks for the version it implements to be acknowledged.
  ack: "draft-02",
  allowFetch: (_ctx, clientId) => URL.canParse(clientId) && acceptsClientIdDocument(new URL(clientId)),
  async allowClient(_ctx, client) {
    // Checked at every use, cached or not: a host an administrator denies stops at once.
    if (!(await acceptsClientIdDocument(new URL(client.clientId)))) return false;
    try {
      // The whole scope the document asked for, API scopes included (kept in ninka_scopes).
      const metadata = client.metadata() as Record<string, unknown>;
      const scopes = metadata[SCOPES_PROPERTY];
      const scope = Array.isArray(scopes) ? scopes.join(" ") : undefined;
      await assertClientDocumentAllowed(DOCUMENTS, { ...metadata, scope: scope || undefined });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const [field, messages] = Object.entries(error.fieldErrors ?? {})[0] ?? [];
      throw new errors.InvalidClientMetadata(field ? `${field} ${messages?.[0] ?? "is invalid"}` : error.message);
    }
    return true;
  },
};

/**
 * extraClientMetadata.validator, for a document's metadata: a document must not set Ninka's own
 * properties (a first-party flag would skip consent); the scope it asks for, API scopes included,
 * is kept in `ninka_scopes` as a registered app's is (lib/provider/oidc/resource-indicators.ts), and
 * the provider keeps the OIDC part. Registered apps' metadata passes through untouched.
 */
export function scopeDocumentMetadata(key: string, value: unknown, metadata: ClientMetadata): void {
  if (!isDocumentClientId(metadata.client_id) || !INTERNAL.includes(key)) return;
  if (value !== undefined) throw new errors.InvalidClientMetadata(`${key} is not a client metadata property`);
  if (key !== SCOPES_PROPERTY) return;
  const scopes = typeof metadata.scope === "string" ? metadata.scope.split(" ").filter(Boolean) : [];
  metadata[SCOPES_PROPERTY] = scopes;
  const oidcScopes = scopes.filter(isScope).join(" ");
  if (oidcScopes) metadata.scope = oidcScopes;
  else delete metadata.scope;
}

/**
 * Discovery says `client_id_metadata_document_supported` only while the setting lets documents in;
 * `dcrMode` is the registration policy the discovery request already read.
 */
export async function hideDocumentSupportWhenOff(body: unknown, dcrMode: DcrMode): Promise<void> {
  if (!body || typeof body !== "object" || (await clientIdDocumentsOn(dcrMode))) return;
  delete (body as Record<string, unknown>).client_id_metadata_document_supported;
}
