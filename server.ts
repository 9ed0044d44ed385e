// Ninka is one process: /oauth/* goes to node-oidc-provider, everything else to Next.js.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { ConfigError, getConfig } from "./lib/config/get-config";
import { disconnectDb, getDatabaseTarget } from "./lib/db/client";
import { applyMigrations } from "./lib/db/migrations/apply-migrations";
import { MigrationError } from "./lib/db/migrations/plan-migrations";
import { UnsealError } from "./lib/crypto/derived-keys";
import { describeError, log } from "./lib/log";
import { CLIENT_IP_HEADER, clientIpOf } from "./lib/net/client-ip";
import { getProvider } from "./lib/oidc/get-provider";
import { schedulePurge } from "./lib/oidc/purge-expired-payloads";

const OAUTH_PREFIX = "/oauth";
// RFC 8414 §3: metadata for issuer https://host/oauth lives at /.well-known/oauth-authorization-server/oauth.
const RFC8414_PATH = "/.well-known/oauth-authorization-server/oauth";

async function main() {
  const config = getConfig();
  const target = getDatabaseTarget();
  await applyMigrations(target);
  const provider = await getProvider();
  const oidc = provider.callback();
  const stopPurge = schedulePurge();

  const dev = process.env.NODE_ENV !== "production";
  const app = next({ dev, dir: process.cwd(), hostname: config.HOST, port: config.PORT });
  await app.prepare();
  const handleNext = app.getRequestHandler();

  const server = createServer((req: IncomingMessage & { originalUrl?: string }, res: ServerResponse) => {
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
    // Login throttling by IP needs the address, which Next's route handlers cannot see.
    req.headers[CLIENT_IP_HEADER] = clientIpOf(req, config.NINKA_TRUST_PROXY);
    return handleNext(req, res);
  });

  server.listen(config.PORT, config.HOST, () => {
    log.info(`Ninka listening on ${config.NINKA_URL} (issuer ${config.issuer}, ${target.kind} database)`);
  });

  const shutdown = (signal: string) => {
    log.info(`${signal} received, shutting down`);
    stopPurge();
    server.close();
    server.closeAllConnections();
    void disconnectDb().finally(() => process.exit(0));
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  // Known start-up problems get one clear line; anything else is a bug and keeps its stack.
  if (error instanceof ConfigError || error instanceof MigrationError || error instanceof UnsealError) {
    log.error(error.message);
  } else {
    log.error(`Ninka failed to start: ${describeError(error)}`);
    console.error(error);
  }
  process.exit(1);
});
