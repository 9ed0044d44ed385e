import type { KoaContextWithOIDC } from "oidc-provider";
import { isFirstPartyClient } from "./console-client";

/**
 * oidc-provider's default (the grant this session already holds for the client), except that a
 * first-party client is granted what it asks for without a consent screen (oidc-provider's
 * "skip consent" recipe): its grant is created, or widened to newly requested scopes and claims.
 */
export async function loadExistingGrant(ctx: KoaContextWithOIDC) {
  const { oidc } = ctx;
  const client = oidc.client!;
  const session = oidc.session!;
  const grantId = oidc.result?.consent?.grantId || session.grantIdFor(client.clientId);
  const existing = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
  if (!isFirstPartyClient(client.metadata()) || !session.accountId) return existing;

  const grant = existing ?? new oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
  grant.addOIDCScope([...oidc.requestParamOIDCScopes].join(" "));
  const claims = [...oidc.requestParamClaims];
  if (claims.length) grant.addOIDCClaims(claims);
  await grant.save();
  return grant;
}
