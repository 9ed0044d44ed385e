import type Provider from "oidc-provider";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { getConfig } from "@/lib/kernel/config/get-config";
import { describeError, log } from "@/lib/kernel/log";
import { buildConfiguration } from "./configuration";
import { getKeyMaterial } from "@/lib/oauth-core/keys/get-key-material";
import { readSigningKeysVersion } from "@/lib/oauth-core/keys/signing-keys-version";
import { installSecretCheck } from "./install-secret-check";
import { installDeviceVerificationUri } from "./device-verification-uri";
import { guardRegistration } from "./guard-registration";
import { installPostAsGet } from "./post-as-get";
import { installNotFoundPage } from "@/lib/provider/oidc-pages/not-found-page";
import { recordClientUse, recordGrantUse } from "./record-client-use";
import { recordUsageEvents } from "./record-usage-events";
import { recordBackchannelEvents } from "./send-backchannel-logouts";

const USAGE = systemActor("usage");
// How often a process compares its provider's signing keys with the database's (at most once a
// second, so the hot path gains no query per request; ARCHITECTURE.md "Signing keys").
const KEYS_CHECK_MS = 1_000;

type Built = { provider: Provider; version: number };
type Current = { built: Promise<Built>; checkedAt: number };
const store = globalThis as unknown as { __ninkaProvider?: Current };

/**
 * The process's node-oidc-provider instance. Kept on globalThis because Next.js bundles lib/ apart
 * from the copy server.ts loads, and both must use one provider (interactions, cookies, keys).
 * oidc-provider takes its keys only at construction, so when the signing keys' version changes
 * (a rotation, activation or retirement by any process) the provider is built again from the
 * stored keys; requests already running finish on the one they started with.
 */
export function getProvider(): Promise<Provider> {
  const current = store.__ninkaProvider;
  if (!current) return start().then((built) => built.provider);
  const now = Date.now();
  if (now - current.checkedAt >= KEYS_CHECK_MS) {
    current.checkedAt = now;
    current.built = current.built.then(refresh);
  }
  return current.built.then((built) => built.provider);
}

function start(): Promise<Built> {
  const current: Current = { built: build(), checkedAt: Date.now() };
  store.__ninkaProvider = current;
  current.built.catch(() => {
    if (store.__ninkaProvider === current) store.__ninkaProvider = undefined;
  });
  return current.built;
}

async function build(): Promise<Built> {
  // The version first: a change landing while the keys are read is seen at the next check.
  const version = await readSigningKeysVersion();
  return { provider: await createProvider(), version };
}

/** The same provider while the keys are unchanged (or cannot be read: the next check tries again). */
async function refresh(built: Built): Promise<Built> {
  try {
    const version = await readSigningKeysVersion();
    if (version === built.version) return built;
    const next = await build();
    log.info("Signing keys changed: provider rebuilt", { version: next.version });
    return next;
  } catch (error) {
    log.warn(`Checking the signing keys failed: ${describeError(error)}`);
    return built;
  }
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
