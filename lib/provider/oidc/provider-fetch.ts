import type { Configuration } from "oidc-provider";
import { fetchOutbound } from "@/lib/kernel/net/fetch-outbound";

// node-oidc-provider's `fetch` (its documented hook for every URL it fetches: client ID metadata
// documents, apps' jwks_uri for private_key_jwt) and POSTs (back-channel logout tokens, ARCHITECTURE.md
// "Back-channel logout") goes through Ninka's one outbound guard (ARCHITECTURE.md "Outbound fetches"):
// https only, no private, loopback or link-local address after DNS, size and time caps. The provider
// asks for no redirects (`redirect: "manual"`); a POST follows none anyway. Other methods are refused.
const TIME_LIMIT_MS = 2_500;
const SIZE_LIMIT = 64 * 1024;

export const providerFetch: NonNullable<Configuration["fetch"]> = async (url, options) => {
  const method = (options?.method ?? "GET").toUpperCase();
  if (method !== "GET" && method !== "POST") throw new TypeError(`outbound ${method} requests are not made`);
  const body = options?.body;
  if (body !== undefined && body !== null && typeof body !== "string" && !(body instanceof URLSearchParams)) {
    throw new TypeError("outbound request bodies are form or text only");
  }
  const headers = Object.fromEntries(new Headers(options?.headers as HeadersInit | undefined).entries());
  delete headers["user-agent"];
  const response = await fetchOutbound(String(url), {
    method,
    body: body === null || body === undefined ? undefined : String(body),
    headers,
    maxBytes: SIZE_LIMIT,
    timeoutMs: TIME_LIMIT_MS,
    maxRedirects: 0,
  });
  const answer = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) answer.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return new Response(new Uint8Array(response.body), { status: response.status, headers: answer });
};
