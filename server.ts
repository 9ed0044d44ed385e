// Ninka is one process: /oauth/* goes to node-oidc-provider, everything else to Next.js.
// First: production unless NODE_ENV=development, and every line of output JSON, before anything else loads.
import "./lib/kernel/config/prepare-process";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import type Provider from "oidc-provider";
import { ConfigError, getConfig } from "./lib/kernel/config/get-config";
import { disconnectDb, getDatabaseTarget } from "./lib/kernel/db/client";
import { applyMigrations } from "./lib/kernel/db/migrations/apply-migrations";
import { MigrationError } from "./lib/kernel/db/migrations/plan-migrations";
import { UnsealError } from "./lib/kernel/crypto/derived-keys";
import { describeError, log } from "./lib/kernel/log";
import { isDevelopment } from "./lib/kernel/config/run-mode";
import { dropSourceMapsInProduction } from "./lib/kernel/config/source-maps";
import { wrapRequestHandler } from "./lib/kernel/net/wrap-request-handler";
import { getProvider } from "./lib/provider/oidc/get-provider";
import { scheduleMaintenance } from "./lib/provider/oidc/schedule-maintenance";
import { scheduleBackchannelLogouts } from "./lib/provider/oidc/send-backchannel-logouts";
import { serveMetrics } from "./lib/kernel/metrics/serve-metrics";
import { scheduleUsageFlush } from "./lib/portal/insights/record-usage";

const OAUTH_PREFIX = "/oauth";
// RFC 8414 §3: metadata for issuer https://host/oauth lives at /.well-known/oauth-authorization-server/oauth.
const RFC8414_PATH = "/.well-known/oauth-authorization-server/oauth";
// How long SIGTERM waits for in-flight requests before cutting them off (a load balancer's
// deregistration delay is usually longer; orchestrators wait 30 s before SIGKILL).
const DRAIN_DEADLINE_MS = 10_000;

async function main() {
  const dev = isDevelopment();
  // Before Next.js loads: its modules' and the build's source maps held ~50 MB of heap (ARCHITECTURE.md "Memory").
  dropSourceMapsInProduction(!dev);
  const config = getConfig();
  if (config.NINKA_OUTBOUND_ALLOW || config.NINKA_OUTBOUND_CA_FILE) {
    // Tests only (ARCHITECTURE.md "Outbound fetches"): these open private addresses and plain http to outbound fetches.
    log.warn("NINKA_OUTBOUND_ALLOW or NINKA_OUTBOUND_CA_FILE is set: for tests only, never in production");
  }
  const target = getDatabaseTarget();
  await applyMigrations(target);
  // The provider is rebuilt when the signing keys change (ARCHITECTURE.md "Signing keys"): each
  // request asks for the current one, and each provider's handler is made once.
  await getProvider();
  const handlers = new WeakMap<Provider, ReturnType<Provider["callback"]>>();
  const handlerOf = (provider: Provider) => {
    let handler = handlers.get(provider);
    if (!handler) handlers.set(provider, (handler = provider.callback()));
    return handler;
  };
  const oidc = (req: IncomingMessage, res: ServerResponse) =>
    getProvider().then(
      (provider) => handlerOf(provider)(req, res),
      (error: unknown) => {
        log.error(`oidc-provider unavailable: ${describeError(error)}`);
        res.statusCode = 503;
        res.end();
      },
    );
  const stopUsageFlush = scheduleUsageFlush();

  const app = next({ dev, dir: process.cwd(), hostname: config.HOST, port: config.PORT });
  await app.prepare();
  const handleNext = app.getRequestHandler();

  const route = (req: IncomingMessage & { originalUrl?: string }, res: ServerResponse) => {
    const url = req.url ?? "/";
    const path = url.split("?")[0]!;
    if (path === OAUTH_PREFIX || path.startsWith(`${OAUTH_PREFIX}/`)) {
      req.originalUrl = url;
      req.url = url.slice(OAUTH_PREFIX.length) || "/";
      return oidc(req, res);
    }
    if (path === RFC8414_PATH) {
      // oidc-provider derives its mount path from originalUrl vs url: present it as the /oauth copy.
      req.originalUrl = `${OAUTH_PREFIX}/.well-known/openid-configuration`;
      req.url = "/.well-known/openid-configuration";
      return oidc(req, res);
    }
    if (path === "/metrics") return serveMetrics(req, res);
    return handleNext(req, res);
  };
  const server = createServer(wrapRequestHandler(route, { trustProxy: config.NINKA_TRUST_PROXY }));

  // Maintenance (the purge first) starts after listen, never before: a backlog must not delay being ready.
  let stopPurge = () => {};
  let stopLogouts = () => {};
  server.listen(config.PORT, config.HOST, () => {
    log.info(`Ninka listening on ${config.NINKA_URL} (issuer ${config.issuer}, ${target.kind} database)`);
    stopPurge = scheduleMaintenance();
    // Logout tokens owed for sessions ended anywhere, the CLI included (ARCHITECTURE.md "Back-channel logout").
    stopLogouts = scheduleBackchannelLogouts(getProvider);
  });

  // Stop accepting, let in-flight requests finish (up to the deadline), then close the database:
  // a request acknowledged with 2xx has committed its writes (ARCHITECTURE.md "Data").
  const shutdown = async (signal: string) => {
    log.info(`${signal} received: finishing in-flight requests, then shutting down`);
    stopPurge();
    stopLogouts();
    const drained = new Promise<boolean>((resolve) => server.close(() => resolve(true)));
    // Keep-alive connections turn idle as their last response ends; close them as they do.
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    const inTime = await Promise.race([
      drained,
      new Promise<boolean>((resolve) => setTimeout(resolve, DRAIN_DEADLINE_MS, false)),
    ]);
    clearInterval(sweep);
    if (!inTime) {
      log.warn(`requests still open after ${DRAIN_DEADLINE_MS / 1000} s: closing them`);
      server.closeAllConnections();
    }
    // Usage counted in memory is written before the database closes (ARCHITECTURE.md "Insights").
    await stopUsageFlush().catch((error: unknown) => log.error(`writing app usage failed: ${describeError(error)}`));
    await disconnectDb().catch((error: unknown) => log.error(`closing the database failed: ${describeError(error)}`));
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  // Known start-up problems get one clear line; anything else is a bug and keeps its stack.
  if (error instanceof ConfigError || error instanceof MigrationError || error instanceof UnsealError) {
    log.error(error.message);
  } else {
    log.error(`Ninka failed to start: ${describeError(error)}`, {
      stack: error instanceof Error ? error.stack : undefined,
    });
  }
  process.exit(1);
});
