import type { ClientMetadata, KoaContextWithOIDC } from "oidc-provider";
import { REGISTRATION_DEFAULT_SIGNING_ALG } from "@/lib/oauth-core/keys/signing-algorithms";
import { registrationContext } from "./registration-context";
import { SCOPES_PROPERTY } from "./to-oidc-metadata";

/**
 * extraClientMetadata.validator, on registration and update requests (RFC 7591, RFC 7592) only:
 * an app that does not name `id_token_signed_response_alg` gets RS256 (OpenID Connect Dynamic
 * Client Registration 1.0 §2) instead of the ES256 apps made in the console get. The provider has
 * filled in its default by now, so the request body says whether the app named one.
 */
export function defaultRegistrationSigningAlg(
  ctx: KoaContextWithOIDC | undefined,
  key: string,
  metadata: ClientMetadata,
): void {
  if (!ctx || !registrationContext.getStore() || key !== SCOPES_PROPERTY) return;
  const body = ctx.oidc.body as Record<string, unknown> | undefined;
  if (body?.id_token_signed_response_alg === undefined)
    metadata.id_token_signed_response_alg = REGISTRATION_DEFAULT_SIGNING_ALG;
}
