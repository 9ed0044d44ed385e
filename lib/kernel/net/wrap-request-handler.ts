import type { IncomingMessage, ServerResponse } from "node:http";
import { log, runWithRequestContext } from "@/lib/kernel/log";
import { endpointFamily, metrics } from "@/lib/kernel/metrics/registry";
import { CLIENT_IP_HEADER, clientIpOf } from "./client-ip";
import { REQUEST_ID_HEADER, requestIdFrom } from "./request-id";
import { contentSecurityPolicy, securityContext, securityHeaders } from "./security-headers";

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

// Paths only, never query strings: /oauth and /interaction carry codes, states, user codes and
// hints there. Cut short so a huge URL cannot flood the log.
const loggedPath = (url = "/") => url.split("?")[0]!.slice(0, 200);

/**
 * What every request gets before server.ts routes it to oidc-provider or Next.js: a request id
 * (X-Request-Id, on every log line it causes), the security headers (ARCHITECTURE.md "Security
 * headers"; Next.js pages and oidc-provider's own pages replace the CSP with theirs), the client's
 * address (in CLIENT_IP_HEADER for Next.js, whose handlers see no socket, and with the user agent
 * in the request context for the audit log), and one access-log line with method, path, status
 * and duration, nothing else of the request.
 */
export function wrapRequestHandler(handler: Handler, options: { trustProxy: boolean }): Handler {
  const context = securityContext();
  const headers = Object.entries({
    ...securityHeaders(context),
    "Content-Security-Policy": contentSecurityPolicy(context),
  });
  return (req, res) => {
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    req.headers[REQUEST_ID_HEADER] = requestId;
    res.setHeader("X-Request-Id", requestId);
    for (const [name, value] of headers) res.setHeader(name, value);
    const method = req.method;
    const path = loggedPath(req.url);
    const started = performance.now();
    res.once("close", () => {
      const ms = Math.round(performance.now() - started);
      const family = endpointFamily(path, /^Bearer /i.test(req.headers.authorization ?? ""));
      metrics().requests.inc({ family, status: `${Math.floor(res.statusCode / 100)}xx` });
      metrics().latency.observe({ family }, (performance.now() - started) / 1000);
      log.info("request", {
        requestId,
        method,
        path,
        status: res.statusCode,
        ms,
        ...(!res.writableFinished && { aborted: true }),
      });
    });
    // Replaces whatever a client sent in the header: only this address is trusted (lib/kernel/net/client-ip.ts).
    const ip = clientIpOf(req, options.trustProxy);
    req.headers[CLIENT_IP_HEADER] = ip;
    const userAgent = typeof req.headers["user-agent"] === "string" ? req.headers["user-agent"] : undefined;
    return runWithRequestContext({ requestId, ip, userAgent }, () => handler(req, res));
  };
}
