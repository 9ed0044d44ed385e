import { getConfig } from "@/lib/kernel/config/get-config";

const SAFE_METHODS = new Set(["GET", "HEAD"]);

/**
 * Whether a request authenticated by a cookie comes from Ninka's own pages: the one policy that
 * keeps the console session cookie safe from cross-site request forgery (ARCHITECTURE.md
 * "Same-origin policy"), used by the REST API and by sign-out alike.
 * - Sec-Fetch-Site, which every current browser sends, must say "same-origin" when present.
 * - Origin, when present, must be NINKA_URL exactly.
 * - Without Origin, only safe methods pass, and only with Sec-Fetch-Site: same-origin. Browsers
 *   send Origin on every POST, PUT and DELETE, so an unsafe request without one is not a page of ours.
 */
export function isSameOriginRequest(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return false;
  const origin = request.headers.get("origin");
  if (origin) return origin === getConfig().NINKA_URL;
  return SAFE_METHODS.has(request.method) && site === "same-origin";
}
