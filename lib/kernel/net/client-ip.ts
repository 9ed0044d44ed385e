import type { IncomingMessage } from "node:http";

// server.ts puts the client's address in this header for Next.js (route handlers see no socket),
// replacing whatever a client sent in it.
export const CLIENT_IP_HEADER = "x-ninka-client-ip";

/**
 * The client's address: the socket's, or behind a trusted proxy the last X-Forwarded-For entry,
 * the one that proxy appended. Earlier entries come from the client and could be forged to dodge
 * the per-IP sign-in throttle.
 */
export function clientIpOf(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy
    ? String(req.headers["x-forwarded-for"] ?? "")
        .split(",")
        .at(-1)
        ?.trim()
    : "";
  return forwarded || req.socket.remoteAddress || "unknown";
}
