import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { getConfig } from "@/lib/kernel/config/get-config";
import { metrics } from "./registry";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * GET /metrics in Prometheus text format, only with `Authorization: Bearer $NINKA_METRICS_TOKEN`;
 * without that variable the path does not exist (404), so nothing is exposed by default.
 */
export async function serveMetrics(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const token = getConfig().NINKA_METRICS_TOKEN;
  if (!token) return send(res, 404, "text/plain", "Not found\n");
  const header = req.headers.authorization ?? "";
  const given = header.startsWith("Bearer ") ? header.slice(7) : "";
  // Compared as digests so the comparison takes the same time whatever the length.
  if (!timingSafeEqual(digest(given), digest(token))) {
    res.setHeader("WWW-Authenticate", 'Bearer realm="metrics"');
    return send(res, 401, "text/plain", "Unauthorized\n");
  }
  const { registry } = metrics();
  send(res, 200, registry.contentType, await registry.metrics());
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.statusCode = status;
  res.setHeader("Content-Type", type);
  res.setHeader("Cache-Control", "no-store");
  res.end(body);
}
