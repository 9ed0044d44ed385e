import "server-only";
import type Provider from "oidc-provider";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { describeError, log } from "@/lib/kernel/log";
import type { OutboundFetchError } from "@/lib/kernel/net/fetch-outbound";
import { sendLogoutToken } from "@/lib/oauth-core/upstream/oidc-provider-internals";
import {
  claimBackchannelLogouts,
  recordProviderLogout,
  settleBackchannelLogout,
  type LogoutOutcome,
  type PendingLogout,
} from "@/lib/accounts/lifecycle/backchannel-logout-outbox";

// OIDC Back-Channel Logout 1.0 (ARCHITECTURE.md "Back-channel logout"). node-oidc-provider makes
// the logout token and POSTs it (client.backchannelLogout, through its fetch hook and so the outbound
// guard); Ninka decides when: the provider itself at RP-initiated logout, this poll for the sessions
// the lifecycle module ended (the outbox), and the outbox again to retry what failed.
const SYSTEM = systemActor("backchannel-logout");
const POLL_MS = 2_000;
const JOB = { job: "backchannel-logout" } as const;

/** Why a send failed, in words for the app's activity (never the token). */
function failureOf(error: unknown): string {
  // By name: the provider may run in another bundle's copy of the module (lib/provider/oidc/get-provider.ts).
  if ((error as Error | null)?.name === "OutboundFetchError") {
    const refused = error as OutboundFetchError;
    return `${refused.reason}: ${refused.message}`;
  }
  const status = (error as { response?: { status?: number } } | null)?.response?.status;
  if (status) return `answered HTTP ${status}`;
  return "could not be sent";
}

async function send(provider: Provider, row: PendingLogout): Promise<LogoutOutcome> {
  try {
    // Through the client cache, so an app deleted or suspended meanwhile is not found.
    const client = await provider.Client.find(row.clientId);
    if (!client?.backchannelLogoutUri) return { dropped: true };
    await sendLogoutToken(client, row.accountId, row.sid);
    return { sent: true };
  } catch (error) {
    return { sent: false, failure: failureOf(error) };
  }
}

/** One pass over the due rows; returns how many were attempted. */
async function sendBackchannelLogouts(provider: Provider, now = new Date()): Promise<number> {
  const rows = await claimBackchannelLogouts(SYSTEM, now);
  await Promise.all(rows.map(async (row) => settleBackchannelLogout(SYSTEM, row, await send(provider, row))));
  return rows.length;
}

/** The provider's sends at RP-initiated logout get the same activity entries and retries. */
export function recordBackchannelEvents(provider: Provider): void {
  const record = (
    clientId: string,
    accountId: string,
    sid: string,
    outcome: Parameters<typeof recordProviderLogout>[2],
  ) =>
    recordProviderLogout(SYSTEM, { clientId, accountId, sid }, outcome).catch((error: unknown) =>
      log.warn("Recording a back-channel logout failed", { ...JOB, error: describeError(error) }),
    );
  provider.on("backchannel.success", (_ctx, client, accountId, sid) => {
    void record(client.clientId, accountId, sid, { sent: true });
  });
  provider.on("backchannel.error", (_ctx, error, client, accountId, sid) => {
    void record(client.clientId, accountId, sid, { sent: false, failure: failureOf(error) });
  });
}

/**
 * Polls the outbox every couple of seconds, one pass at a time, with the process's current provider
 * (it is rebuilt when the signing keys change, ARCHITECTURE.md "Signing keys"); a failed pass is
 * logged and the next one tries again. The timer does not keep the process alive; the returned
 * function stops it.
 */
export function scheduleBackchannelLogouts(current: () => Promise<Provider>, intervalMs = POLL_MS): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    current()
      .then((provider) => sendBackchannelLogouts(provider))
      .catch((error: unknown) =>
        log.warn("Sending back-channel logouts failed", { ...JOB, error: describeError(error) }),
      )
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
