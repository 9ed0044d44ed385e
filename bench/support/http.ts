import { Agent, request as httpRequest, type IncomingHttpHeaders } from "node:http";

// A minimal HTTP client for the closed-loop flows: node:http on a keep-alive agent, no redirects
// followed. Cheaper per request than fetch, which matters because the load generator shares the
// machine's two cores with the server under test.
export type HttpResponse = { status: number; headers: IncomingHttpHeaders; body: string };
export type HttpInit = { method?: string; headers?: Record<string, string>; body?: string };

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

export function request(url: string | URL, init: HttpInit = {}): Promise<HttpResponse> {
  const target = typeof url === "string" ? new URL(url) : url;
  const headers = { ...init.headers };
  if (init.body !== undefined) headers["content-length"] = String(Buffer.byteLength(init.body));
  return new Promise((resolve, reject) => {
    const req = httpRequest(target, { method: init.method ?? "GET", headers, agent, family: 4 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${init.method ?? "GET"} ${target.pathname}`)));
    req.end(init.body);
  });
}

export const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
export const FORM = "application/x-www-form-urlencoded";

/** Basic client authentication (RFC 6749 §2.3.1: id and secret form-encoded, then base64). */
export const basicAuth = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString("base64")}`;

/** Throws unless the response has the expected status; the message carries the start of the body. */
export function expectStatus(response: HttpResponse, expected: number, what: string): HttpResponse {
  if (response.status !== expected)
    throw new Error(`${what}: expected ${expected}, got ${response.status} ${response.body.slice(0, 300)}`);
  return response;
}

export function parseJson<T>(response: HttpResponse, what: string): T {
  try {
    return JSON.parse(response.body) as T;
  } catch {
    throw new Error(`${what}: not JSON: ${response.body.slice(0, 300)}`);
  }
}
