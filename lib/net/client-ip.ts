import type { IncomingMessage } from "node:http";

// server.ts puts the client's address in this header for Next.js (route handlers see no socket),
// replacing whatever a client sent in it.
export const CLIENT_IP_HEADER = "x-ninka-client-ip";

/** The client's address: the socket's, or behind a trusted proxy the first X-Forwarded-For entry. */
export function clientIpOf(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? String(req.headers["x-forwarded-for"] ?? "").split(",")[0]?.trim() : "";
  return forwarded || req.socket.remoteAddress || "unknown";
}
