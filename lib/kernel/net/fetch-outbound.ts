import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { rootCertificates } from "node:tls";
import { getConfig } from "@/lib/kernel/config/get-config";
import { parseOutboundAllow, isOutboundAllowed } from "./outbound-allow";
import { forbiddenAddressRange } from "./outbound-address";

// The one way Ninka fetches a URL it was given (ARCHITECTURE.md "Outbound fetches"): https only;
// the address is checked after DNS resolution, inside the connection's own lookup, so the address
// checked is the address connected to (no second resolution to rebind); every redirect is a new
// fetch through the same checks; the body is capped in size and the whole exchange in time.

export type OutboundFailure = "url" | "address" | "redirect" | "size" | "timeout" | "network";

export class OutboundFetchError extends Error {
  override name = "OutboundFetchError";
  constructor(
    readonly reason: OutboundFailure,
    message: string,
  ) {
    super(message);
  }
}

export type OutboundResponse = { url: string; status: number; headers: http.IncomingHttpHeaders; body: Buffer };

export type OutboundOptions = {
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  headers?: Record<string, string>;
  /** GET by default; a POST (an OAuth token request) sends `body` and follows no redirect. */
  method?: "GET" | "POST";
  body?: string;
  /** Tests only: overrides NINKA_OUTBOUND_ALLOW / NINKA_OUTBOUND_CA_FILE. */
  allow?: readonly string[];
  ca?: string;
};

const DEFAULTS = { maxBytes: 64 * 1024, timeoutMs: 5_000, maxRedirects: 3 };

/**
 * Fetches `url` (GET, or POST with `body`) under the rules above; throws OutboundFetchError (its
 * `reason` says which rule).
 */
export async function fetchOutbound(url: string, options: OutboundOptions = {}): Promise<OutboundResponse> {
  const config = options.allow && options.ca !== undefined ? null : getConfig();
  const allow = options.allow ?? parseOutboundAllow(config?.NINKA_OUTBOUND_ALLOW);
  const ca = options.ca ?? config?.outboundCa;
  const settings = { ...DEFAULTS, ...options, allow, ca };
  if (settings.method === "POST") settings.maxRedirects = 0;
  const signal = AbortSignal.timeout(settings.timeoutMs);
  let current = url;
  for (let hop = 0; ; hop++) {
    const response = await fetchOnce(current, settings, signal);
    const location = response.headers.location;
    if (response.status < 300 || response.status > 399 || !location) return response;
    if (hop >= settings.maxRedirects) throw new OutboundFetchError("redirect", "too many redirects");
    current = new URL(location, current).href;
  }
}

function target(url: string, allow: readonly string[]) {
  if (!URL.canParse(url)) throw new OutboundFetchError("url", "not a URL");
  const parsed = new URL(url);
  const allowed = isOutboundAllowed(parsed, allow);
  if (parsed.protocol !== "https:" && !(allowed && parsed.protocol === "http:")) {
    throw new OutboundFetchError("url", "only https URLs are fetched");
  }
  if (parsed.username || parsed.password) throw new OutboundFetchError("url", "URLs with credentials are not fetched");
  const literal = parsed.hostname.replace(/^\[|\]$/g, "");
  if (!allowed && isIP(literal)) refuseAddress(literal);
  return { parsed, allowed };
}

function refuseAddress(address: string) {
  const range = forbiddenAddressRange(address);
  if (range) throw new OutboundFetchError("address", `refused to connect to a ${range} address`);
}

// Checks every address a name resolves to; a name with one forbidden address is refused whole.
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, "", 0);
    try {
      for (const { address } of addresses) refuseAddress(address);
    } catch (refusal) {
      return callback(refusal as NodeJS.ErrnoException, "", 0);
    }
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

function fetchOnce(
  url: string,
  settings: typeof DEFAULTS & OutboundOptions & { allow: readonly string[] },
  signal: AbortSignal,
): Promise<OutboundResponse> {
  const { parsed, allowed } = target(url, settings.allow);
  const client = parsed.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      parsed,
      {
        method: settings.method ?? "GET",
        signal,
        lookup: allowed ? undefined : guardedLookup,
        ca: settings.ca ? [...rootCertificates, settings.ca] : undefined,
        headers: { "user-agent": "Ninka", ...settings.headers },
        agent: false,
      },
      (response) => {
        const declared = Number(response.headers["content-length"] ?? 0);
        if (declared > settings.maxBytes) return fail(response, "size", "response too large");
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > settings.maxBytes) return fail(response, "size", "response too large");
          chunks.push(chunk);
        });
        response.on("end", () =>
          resolve({ url, status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
        response.on("error", (error) => reject(translate(error, signal)));
      },
    );
    request.on("error", (error) => reject(translate(error, signal)));
    request.end(settings.body);
    function fail(response: http.IncomingMessage, reason: OutboundFailure, message: string) {
      reject(new OutboundFetchError(reason, message));
      response.destroy();
      request.destroy();
    }
  });
}

function translate(error: Error, signal: AbortSignal): OutboundFetchError {
  if (error instanceof OutboundFetchError) return error;
  if (signal.aborted) return new OutboundFetchError("timeout", "the server took too long to answer");
  return new OutboundFetchError("network", `could not fetch (${(error as NodeJS.ErrnoException).code ?? "error"})`);
}
