import type Provider from "oidc-provider";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { getConfig } from "@/lib/kernel/config/get-config";
import { describeError, log } from "@/lib/kernel/log";
import { buildConfiguration } from "./configuration";
import { getKeyMaterial } from "@/lib/oauth-core/keys/get-key-material";
import { installSecretCheck } from "./install-secret-check";
import { installDeviceVerificationUri } from "./device-verification-uri";
import { guardRegistration } from "./guard-registration";
import { installPostAsGet } from "./post-as-get";
import { installNotFoundPage } from "@/lib/provider/oidc-pages/not-found-page";
import { recordClientUse, recordGrantUse } from "./record-client-use";
import { recordUsageEvents } from "./record-usage-events";
import { recordBackchannelEvents } from "./send-backchannel-logouts";

const USAGE = systemActor("usage");
const store = globalThis as unknown as { __ninkaProvider?: Promise<Provider> };

/**
 * The process's node-oidc-provider instance. Kept on globalThis because Next.js bundles lib/ apart
 * from the copy server.ts loads, and both must use one provider (interactions, cookies, keys).
 */
export function getProvider(): Promise<Provider> {
  store.__ninkaProvider ??= createProvider().catch((error) => {
    store.__ninkaProvider = undefined;
    throw error;
  });
  return store.__ninkaProvider;
}

async function createProvider(): Promise<Provider> {
  // Imported on first use, not at start: on Node 20 oidc-provider prints a notice as it loads, and
  // by now server.ts sends console output to the JSON log.
  const { default: Provider } = await import("oidc-provider");
  const config = getConfig();
  const provider = new Provider(config.issuer, buildConfiguration(await getKeyMaterial(config.secret), config));
  // Behind a TLS-terminating proxy, trust X-Forwarded-Proto/Host so issuer checks and secure
  // cookies see https.
  provider.proxy = config.NINKA_TRUST_PROXY;
  installSecretCheck(provider);
  installDeviceVerificationUri(provider, config.NINKA_URL);
  guardRegistration(provider);
  installPostAsGet(provider);
  installNotFoundPage(provider);
  // The provider answers these with a bare 500; the log gets what happened (not the request).
  provider.on("server_error", (_ctx, error) => log.error(`oidc-provider server error: ${describeError(error)}`));
  if (config.NINKA_USAGE_RECORDING) recordUsageEvents(provider);
  // Logout tokens the provider sent at RP-initiated logout: the app's activity, and retries if they failed.
  recordBackchannelEvents(provider);
  // "Last used" in the console and in connected apps: any successful token request.
  provider.on("grant.success", (ctx) => {
    const clientId = ctx.oidc.client?.clientId;
    if (clientId) recordClientUse(USAGE, clientId);
    const grantId = ctx.oidc.entities.Grant?.jti;
    if (grantId) recordGrantUse(USAGE, grantId);
  });
  return provider;
}
