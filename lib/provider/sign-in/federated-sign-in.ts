import "server-only";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { getConfig } from "@/lib/kernel/config/get-config";
import { isDomainError } from "@/lib/kernel/errors";
import { describeError, log } from "@/lib/kernel/log";
import { hasSecondStep } from "@/lib/accounts/two-step/verify-second-step";
import { connectionCallbackUrl } from "@/lib/accounts/connections/presets";
import { FederationRefusal, type FederationRefusalCode } from "@/lib/accounts/connections/refusals";
import { authenticateFederated } from "@/lib/accounts/connections/resolve-federated-account";
import { getEnabledConnection } from "@/lib/accounts/connections/sign-in-connections";
import { finishUpstream, startUpstream, type UpstreamChecks } from "@/lib/accounts/connections/upstream-client";
import type { UpstreamIdentity } from "@/lib/accounts/connections/upstream-identity";
import { finishLogin, findInteraction } from "./find-interaction";
import {
  clearedCookie,
  FEDERATION_RESULT_COOKIE,
  FEDERATION_STATE_COOKIE,
  openCookie,
  sealedCookie,
} from "./federation-cookies";
import { startSecondStep } from "./submit-second-step";
import { finishFederatedLink } from "./federated-link";
import { federatedAmr } from "./federated-amr";

// Sign-in through another identity provider, in three requests (ARCHITECTURE.md "Federation"):
// the login page's button (start: to the upstream), the upstream's answer at
// /connections/{id}/callback (validated and redeemed by openid-client; nothing is written), then
// /interaction/{uid}/federated, where the interaction is at hand: the account is found, linked or
// created, and the login finished as every sign-in method finishes it (finishLogin), after
// Ninka's own second step when the account has one. Every refusal lands on a page that says why.
export type FlowAnswer = { location: string; cookies: string[] };

const actor = systemActor("sign-in");
const STATE_PATH = "/connections/";
const loginPage = (uid: string) => `/interaction/${encodeURIComponent(uid)}`;
const refusedAt = (uid: string, reason: FederationRefusalCode, connectionId: string) =>
  `${loginPage(uid)}?${new URLSearchParams({ error: "federation", reason, connection: connectionId })}`;
/** Where a callback that belongs to no sign-in of this browser ends. */
const CALLBACK_REFUSED = "/connections/refused";

export async function startFederatedSignIn(uid: string, connectionId: string, secure: boolean): Promise<FlowAnswer> {
  const interaction = await findInteraction(uid);
  if (!interaction || interaction.prompt.name !== "login") return { location: loginPage(uid), cookies: [] };
  const connection = await getEnabledConnection(actor, connectionId);
  if (!connection) return { location: refusedAt(uid, "disabled", connectionId), cookies: [] };
  try {
    const { url, checks } = await startUpstream(
      connection,
      connectionCallbackUrl(getConfig().NINKA_URL, connection.id),
    );
    const state = { c: connection.id, uid, checks };
    return { location: url, cookies: [await sealedCookie(FEDERATION_STATE_COOKIE, state, STATE_PATH, secure)] };
  } catch (error) {
    log.warn("federated sign-in could not start", { connection: connection.id, error: describeError(error) });
    return { location: refusedAt(uid, "failed", connection.id), cookies: [] };
  }
}

/**
 * The upstream's answer for connection `connectionId`. The state cookie is cleared whatever
 * happens, so a replayed callback finds none; the upstream's code is single-use besides.
 */
export async function handleConnectionCallback(
  connectionId: string,
  query: URLSearchParams,
  stateCookie: string | undefined,
  secure: boolean,
): Promise<FlowAnswer> {
  const cookies = [clearedCookie(FEDERATION_STATE_COOKIE, STATE_PATH, secure)];
  const state = await openCookie(stateCookie);
  // The registered redirect URI with the upstream's answer: what openid-client checks and redeems.
  const callbackUrl = new URL(connectionCallbackUrl(getConfig().NINKA_URL, connectionId));
  callbackUrl.search = query.toString();
  if (state && typeof state.link === "string" && state.c === connectionId) {
    return {
      location: await finishFederatedLink(state.link, connectionId, callbackUrl, state.checks as UpstreamChecks),
      cookies,
    };
  }
  const uid = typeof state?.uid === "string" ? state.uid : null;
  if (!state || !uid || state.c !== connectionId) return { location: CALLBACK_REFUSED, cookies };
  const connection = await getEnabledConnection(actor, connectionId);
  if (!connection) return { location: refusedAt(uid, "disabled", connectionId), cookies };
  try {
    const identity = await finishUpstream(connection, callbackUrl, state.checks as UpstreamChecks);
    const result = { c: connection.id, uid, identity };
    cookies.push(await sealedCookie(FEDERATION_RESULT_COOKIE, result, loginPage(uid), secure));
    return { location: `${loginPage(uid)}/federated`, cookies };
  } catch (error) {
    // Wrong state, nonce, PKCE verifier or issuer, an error from the upstream, a used code…
    log.warn("federated sign-in refused at the callback", { connection: connection.id, error: describeError(error) });
    return { location: refusedAt(uid, "failed", connection.id), cookies };
  }
}

/** The last step, under the interaction's path: who signs in, then the login finishes. */
export async function finishFederatedSignIn(
  uid: string,
  resultCookie: string | undefined,
  secure: boolean,
): Promise<FlowAnswer> {
  const cookies = [clearedCookie(FEDERATION_RESULT_COOKIE, loginPage(uid), secure)];
  const result = await openCookie(resultCookie);
  if (!result || result.uid !== uid || typeof result.c !== "string") return { location: loginPage(uid), cookies };
  const connection = await getEnabledConnection(actor, result.c);
  if (!connection) return { location: refusedAt(uid, "disabled", result.c), cookies };
  const interaction = await findInteraction(uid);
  if (!interaction || interaction.prompt.name !== "login") return { location: loginPage(uid), cookies };
  const identity = result.identity as UpstreamIdentity;
  try {
    const accountId = await authenticateFederated(connection, identity);
    const amr = federatedAmr(identity);
    if (await hasSecondStep(accountId))
      return { location: await startSecondStep(interaction, accountId, amr), cookies };
    return { location: (await finishLogin(uid, accountId, amr, false)) ?? loginPage(uid), cookies };
  } catch (error) {
    if (error instanceof FederationRefusal) return { location: refusedAt(uid, error.reason, connection.id), cookies };
    if (isDomainError(error) && error.code === "FORBIDDEN")
      return { location: `${loginPage(uid)}?error=disabled`, cookies };
    throw error;
  }
}
