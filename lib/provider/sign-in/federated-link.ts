import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { getConfig } from "@/lib/kernel/config/get-config";
import { describeError, log } from "@/lib/kernel/log";
import { linkIdentity } from "@/lib/accounts/connections/link-identity";
import { connectionCallbackUrl } from "@/lib/accounts/connections/presets";
import { getEnabledConnection } from "@/lib/accounts/connections/sign-in-connections";
import { finishUpstream, startUpstream, type UpstreamChecks } from "@/lib/accounts/connections/upstream-client";
import { FEDERATION_STATE_COOKIE, sealedCookie } from "./federation-cookies";

// Linking another identity provider to the signed-in account from /account/security
// (ARCHITECTURE.md "Federation"): the way in for someone whose first federated sign-in was asked
// to sign in another way first. The same round trip as a sign-in, with the account in the sealed
// state cookie instead of an interaction.
const actor = systemActor("sign-in");
const SECURITY = "/account/security";
const LINK_REFUSED = "/connections/refused?reason=link";

export async function startFederatedLink(account: Actor, connectionId: string, secure: boolean) {
  const connection = await getEnabledConnection(actor, connectionId);
  if (!connection) return { location: LINK_REFUSED, cookies: [] };
  try {
    const { url, checks } = await startUpstream(
      connection,
      connectionCallbackUrl(getConfig().NINKA_URL, connection.id),
    );
    const state = { c: connection.id, link: account.id, checks };
    return { location: url, cookies: [await sealedCookie(FEDERATION_STATE_COOKIE, state, "/connections/", secure)] };
  } catch (error) {
    log.warn("linking could not start", { connection: connection.id, error: describeError(error) });
    return { location: LINK_REFUSED, cookies: [] };
  }
}

/** The callback of a link: the upstream identity joins account `userId`, unless another has it. */
export async function finishFederatedLink(
  userId: string,
  connectionId: string,
  callbackUrl: URL,
  checks: UpstreamChecks,
): Promise<string> {
  const connection = await getEnabledConnection(actor, connectionId);
  if (!connection) return LINK_REFUSED;
  try {
    const identity = await finishUpstream(connection, callbackUrl, checks);
    await linkIdentity(userId, connection, identity, identity.emailVerified ? identity.email : null);
    return SECURITY;
  } catch (error) {
    log.warn("linking refused at the callback", { connection: connection.id, error: describeError(error) });
    return LINK_REFUSED;
  }
}
