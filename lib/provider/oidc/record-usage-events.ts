import type Provider from "oidc-provider";
import type { KoaContextWithOIDC } from "oidc-provider";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { recordActiveUser, recordUsage } from "@/lib/portal/insights/record-usage";
import { metrics } from "@/lib/kernel/metrics/registry";
import { tokenMetric, USAGE_METRICS } from "@/lib/portal/insights/usage-metrics";

const USAGE = systemActor("usage");

/** Per-app daily usage from oidc-provider's events (the events oidc-provider documents). */
export function recordUsageEvents(provider: Provider): void {
  provider.on("grant.success", (ctx: KoaContextWithOIDC) => {
    const grantType = String(ctx.oidc.params?.grant_type ?? "unknown");
    metrics().tokens.inc({ grant_type: grantType });
    const clientId = ctx.oidc.client?.clientId;
    if (!clientId) return;
    recordUsage(USAGE, clientId, tokenMetric(grantType));
    const { Account, AuthorizationCode, DeviceCode } = ctx.oidc.entities;
    const accountId = Account?.accountId ?? AuthorizationCode?.accountId ?? DeviceCode?.accountId;
    if (accountId) recordActiveUser(USAGE, clientId, accountId);
  });
  provider.on("authorization.success", (ctx: KoaContextWithOIDC) => {
    const clientId = ctx.oidc.client?.clientId;
    const accountId = ctx.oidc.session?.accountId;
    if (clientId && accountId) recordActiveUser(USAGE, clientId, accountId);
  });
  // A client that was found but failed to authenticate (wrong or stale secret): RFC 6749 §5.2.
  const onError = (ctx: KoaContextWithOIDC, error: { error?: string }) => {
    if (error?.error !== "invalid_client") return;
    metrics().clientAuthFailures.inc();
    const clientId = ctx.oidc?.client?.clientId;
    if (clientId) recordUsage(USAGE, clientId, USAGE_METRICS.authFailed);
  };
  provider.on("grant.error", onError);
  provider.on("introspection.error", onError);
  provider.on("revocation.error", onError);
  // oidc-provider revokes the whole grant when a consumed refresh token comes back (RFC 9700 §4.14.2).
  provider.on("grant.revoked", (ctx: KoaContextWithOIDC) => {
    const clientId = ctx.oidc?.client?.clientId;
    if (clientId && ctx.oidc.entities.RefreshToken?.consumed) recordUsage(USAGE, clientId, USAGE_METRICS.refreshReuse);
  });
}
