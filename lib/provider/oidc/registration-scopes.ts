import type { ClientMetadata, KoaContextWithOIDC } from "oidc-provider";
import { isScope } from "@/lib/oauth-core/scopes/oidc-scopes";
import { registrationContext } from "./registration-context";
import { SCOPES_PROPERTY } from "./to-oidc-metadata";

// oidc-provider accepts only its own (OIDC) scopes in a client's `scope`, but an app registering
// itself (RFC 7591) or updating its registration (RFC 7592) may ask for API scopes too: an MCP
// client asks for its server's scopes_supported (RFC 9728). Before the provider validates the
// metadata, the scope asked for is kept in the registration context for the client adapter, which
// stores it under Ninka's own rules (lib/portal/clients/register-client.ts checks the API scopes),
// and the provider keeps the OIDC part (ARCHITECTURE.md "Dynamic registration").
// extraClientMetadata.validator is the provider's documented place to reshape metadata; it gets a
// `ctx` only for registration and update requests, so stored clients pass through untouched.

/** extraClientMetadata.validator: runs once per extra property; acts once, on ninka_scopes. */
export function keepRequestedScope(
  ctx: KoaContextWithOIDC | undefined,
  key: string,
  _value: unknown,
  metadata: ClientMetadata,
): void {
  const store = registrationContext.getStore();
  if (!ctx || !store || key !== SCOPES_PROPERTY || typeof metadata.scope !== "string") return;
  store.requestedScope = metadata.scope;
  const oidcScopes = metadata.scope.split(" ").filter(isScope).join(" ");
  if (oidcScopes) metadata.scope = oidcScopes;
  else delete metadata.scope;
}
