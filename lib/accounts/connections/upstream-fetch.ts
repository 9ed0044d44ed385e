import "server-only";
import { fetchOutbound } from "@/lib/kernel/net/fetch-outbound";

// openid-client's `customFetch` (a Fetch API signature) answered by the one outbound fetch guard
// (ARCHITECTURE.md "Outbound fetches"), so discovery, JWKS, token, userinfo and GitHub's API calls
// to an upstream provider pass the same address, scheme, size and time checks as every other.
const MAX_BYTES = 512 * 1024;
const NO_BODY = new Set([101, 204, 205, 304]);

type FetchOptions = { method: string; headers: Record<string, string>; body?: unknown };

export async function upstreamFetch(url: string, options: FetchOptions): Promise<Response> {
  const method = options.method === "POST" ? "POST" : "GET";
  const body = options.body === undefined || options.body === null ? undefined : String(options.body);
  const headers = { ...options.headers };
  if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
  const response = await fetchOutbound(url, { method, body, headers, maxBytes: MAX_BYTES, maxRedirects: 0 });
  const answer = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) answer.append(name, one);
  }
  return new Response(NO_BODY.has(response.status) ? null : new Uint8Array(response.body), {
    status: response.status,
    headers: answer,
  });
}
