import type { KoaContextWithOIDC } from "oidc-provider";
import { findAccountGrantId } from "@/lib/portal/grants/find-account-grant";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { checkReviewAccess } from "@/lib/portal/reviews/check-review-access";
import { isFirstPartyClient } from "./console-client";

const PROVIDER = systemActor("oidc-provider");

/**
 * The grant an authorization request builds on, which decides whether the consent screen shows:
 * - the grant this session already holds for the client (oidc-provider's default), or else the
 *   one the signed-in account gave the client before, so consent is remembered across sessions
 *   and devices (only scopes not granted yet ask again);
 * - for a first-party client, whatever it asks for, granted without a consent screen
 *   (oidc-provider's "skip consent" recipe): its grant is created, or widened to newly requested
 *   scopes and claims;
 * - none for an account an app in Testing does not admit (ARCHITECTURE.md "App review"): the
 *   consent prompt then always shows, and Ninka's consent page refuses instead of asking, even
 *   where consent was given before (a test user removed since).
 */
export async function loadExistingGrant(ctx: KoaContextWithOIDC) {
  const { oidc } = ctx;
  const client = oidc.client!;
  const session = oidc.session!;
  const { Grant } = oidc.provider;
  const grantId = oidc.result?.consent?.grantId || session.grantIdFor(client.clientId);
  let existing = grantId ? await Grant.find(grantId) : undefined;
  // A grant of another account (the session changed hands) or one removed by its user is not reused.
  if (existing && existing.accountId !== session.accountId) existing = undefined;
  if (!existing && session.accountId) {
    const remembered = await findAccountGrantId(session.accountId, client.clientId);
    existing = remembered ? await Grant.find(remembered) : undefined;
  }
  if (!isFirstPartyClient(client.metadata()) || !session.accountId) {
    if (session.accountId && !(await checkReviewAccess(PROVIDER, client.clientId, session.accountId)).allowed)
      return undefined;
    return existing;
  }

  const grant = existing ?? new Grant({ clientId: client.clientId, accountId: session.accountId });
  grant.addOIDCScope([...oidc.requestParamOIDCScopes].join(" "));
  const claims = [...oidc.requestParamClaims];
  if (claims.length) grant.addOIDCClaims(claims);
  await grant.save();
  return grant;
}
