import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getConfig } from "@/lib/kernel/config/get-config";
import { getApi } from "./get-api";
import type { ApiView, ProtectedResourceMetadata } from "./schemas";

// What an API's server publishes so that clients find Ninka from a 401 (RFC 9728; MCP servers
// rely on it, ARCHITECTURE.md "Dynamic registration"). Ninka serves none of it itself: the API's
// own origin does, at the well-known address derived from its identifier.
const WELL_KNOWN = "/.well-known/oauth-protected-resource";

/** The RFC 9728 §2 document for an API: Ninka is its only authorization server. */
function toProtectedResourceMetadata(api: ApiView): ProtectedResourceMetadata {
  return {
    resource: api.identifier,
    authorization_servers: [getConfig().issuer],
    scopes_supported: api.scopes.map((scope) => scope.value),
    bearer_methods_supported: ["header"],
    resource_name: api.name,
  };
}

/** RFC 9728 §3.1: the well-known segment goes between the host and the identifier's path. */
function protectedResourceMetadataUrl(identifier: string): string {
  const url = new URL(identifier);
  const path = url.pathname === "/" ? "" : url.pathname;
  return `${url.origin}${WELL_KNOWN}${path}${url.search}`;
}

/**
 * What the API's page shows: the document, where to serve it, and the challenge of a 401 from the
 * API's server pointing there (RFC 9728 §5.1, RFC 6750 §3).
 */
export function describeProtectedResource(api: ApiView) {
  const metadataUrl = protectedResourceMetadataUrl(api.identifier);
  return {
    metadata: toProtectedResourceMetadata(api),
    metadataUrl,
    challenge: `Bearer resource_metadata="${metadataUrl}"`,
  };
}

/** GET /apis/{apiId}/protected-resource-metadata: owner-scoped like every /apis operation. */
export async function getProtectedResourceMetadata(actor: Actor, apiId: unknown): Promise<ProtectedResourceMetadata> {
  return toProtectedResourceMetadata(await getApi(actor, apiId));
}
