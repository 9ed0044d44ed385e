import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchOutbound, OutboundFetchError } from "./fetch-outbound";
import { forbiddenAddressRange } from "./outbound-address";

const FORBIDDEN: [string, string][] = [
  ["127.0.0.1", "loopback"],
  ["127.255.0.9", "loopback"],
  ["10.1.2.3", "RFC 1918"],
  ["172.16.0.1", "RFC 1918"],
  ["192.168.1.1", "RFC 1918"],
  ["169.254.169.254", "link-local (cloud metadata)"],
  ["0.0.0.0", "unspecified"],
  ["100.64.0.1", "CGNAT"],
  ["::1", "IPv6 loopback"],
  ["::", "IPv6 unspecified"],
  ["fd00::1", "IPv6 ULA"],
  ["fc12:3456::1", "IPv6 ULA"],
  ["fe80::1", "IPv6 link-local"],
  ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
  ["::ffff:10.0.0.1", "IPv4-mapped RFC 1918"],
  ["224.0.0.1", "multicast"],
  ["255.255.255.255", "broadcast"],
];

describe("forbiddenAddressRange", () => {
  it.each(FORBIDDEN)("refuses %s (%s)", (address) => {
    expect(forbiddenAddressRange(address)).not.toBeNull();
  });

  it("admits public unicast addresses", () => {
    for (const address of ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"]) {
      expect(forbiddenAddressRange(address)).toBeNull();
    }
  });
});

async function refusal(url: string, options: Parameters<typeof fetchOutbound>[1] = {}) {
  const error = await fetchOutbound(url, { allow: [], ca: "", ...options }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OutboundFetchError);
  return (error as OutboundFetchError).reason;
}

describe("fetchOutbound refuses before connecting", () => {
  it.each(FORBIDDEN)("an https URL at %s (%s)", async (address) => {
    const host = address.includes(":") ? `[${address}]` : address;
    expect(await refusal(`https://${host}/doc.json`)).toBe("address");
  });

  it("a name that resolves to loopback (DNS checked in the connection's lookup)", async () => {
    expect(await refusal("https://localhost:9/doc.json")).toBe("address");
  });

  it("a back-channel logout POST to a private, loopback or plain-http logout URI", async () => {
    const post = { method: "POST", body: "logout_token=x" } as const;
    expect(await refusal("https://10.0.0.1/backchannel-logout", post)).toBe("address");
    expect(await refusal("https://localhost:9/backchannel-logout", post)).toBe("address");
    expect(await refusal("https://169.254.169.254/backchannel-logout", post)).toBe("address");
    expect(await refusal("http://example.com/backchannel-logout", post)).toBe("url");
  });

  it("http, other schemes and credentials in the URL", async () => {
    expect(await refusal("http://example.com/")).toBe("url");
    expect(await refusal("file:///etc/passwd")).toBe("url");
    expect(await refusal("https://user:pw@example.com/")).toBe("url");
    expect(await refusal("not a url")).toBe("url");
  });
});

describe("fetchOutbound against a real local server (admitted through the allow list)", () => {
  let server: Server;
  let origin: string;
  let allow: string[];
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === "/ok") return res.end('{"ok":true}');
      if (req.url === "/echo" && req.method === "POST") {
        let body = "";
        req.on("data", (chunk) => (body += chunk));
        const type = req.headers["content-type"];
        return void req.on("end", () => res.end(JSON.stringify({ method: req.method, body, type })));
      }
      if (req.url === "/big") return res.end("x".repeat(100_000));
      if (req.url === "/big-chunked") {
        for (let i = 0; i < 20; i++) res.write("x".repeat(10_000));
        return res.end();
      }
      if (req.url === "/slow") return void setTimeout(() => res.end("late"), 3_000).unref();
      if (req.url === "/to-private") return res.writeHead(302, { location: "https://10.0.0.1/doc" }).end();
      if (req.url === "/to-loopback-name") return res.writeHead(302, { location: "https://localhost:9/" }).end();
      if (req.url === "/to-ok") return res.writeHead(302, { location: "/ok" }).end();
      if (req.url === "/loop") return res.writeHead(302, { location: "/loop" }).end();
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    origin = `http://127.0.0.1:${port}`;
    allow = [`127.0.0.1:${port}`];
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("fetches an allowed host:port, over http too", async () => {
    const response = await fetchOutbound(`${origin}/ok`, { allow, ca: "" });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body.toString())).toEqual({ ok: true });
  });

  it("POSTs a body (an OAuth token request) and follows no redirect after a POST", async () => {
    const response = await fetchOutbound(`${origin}/echo`, { allow, ca: "", method: "POST", body: "grant_type=x" });
    expect(JSON.parse(response.body.toString())).toEqual({ method: "POST", body: "grant_type=x" });
    expect(await refusal(`${origin}/to-ok`, { allow, method: "POST", body: "" })).toBe("redirect");
  });

  it("POSTs a back-channel logout token as a form, as oidc-provider's fetch hook asks", async () => {
    const form = "application/x-www-form-urlencoded";
    const response = await fetchOutbound(`${origin}/echo`, {
      allow,
      ca: "",
      method: "POST",
      body: new URLSearchParams({ logout_token: "a.b.c" }).toString(),
      headers: { "content-type": form },
    });
    expect(JSON.parse(response.body.toString())).toEqual({ method: "POST", body: "logout_token=a.b.c", type: form });
    // A logout URI that redirects is not followed: the token goes nowhere else.
    expect(await refusal(`${origin}/to-ok`, { allow, method: "POST", body: "logout_token=a.b.c" })).toBe("redirect");
  });

  it("refuses an oversized response, declared or streamed", async () => {
    expect(await refusal(`${origin}/big`, { allow, maxBytes: 50_000 })).toBe("size");
    expect(await refusal(`${origin}/big-chunked`, { allow, maxBytes: 50_000 })).toBe("size");
  });

  it("gives up on a slow response", async () => {
    const started = Date.now();
    expect(await refusal(`${origin}/slow`, { allow, timeoutMs: 300 })).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("checks every redirect again", async () => {
    expect(await refusal(`${origin}/to-private`, { allow })).toBe("address");
    expect(await refusal(`${origin}/to-loopback-name`, { allow })).toBe("address");
    expect((await fetchOutbound(`${origin}/to-ok`, { allow, ca: "" })).status).toBe(200);
    expect(await refusal(`${origin}/loop`, { allow })).toBe("redirect");
  });

  it("does not extend the allow list to other ports of the same host", async () => {
    expect(await refusal(`${origin.replace(/:\d+$/, ":1")}/ok`, { allow })).toBe("url");
    expect(await refusal(`${origin.replace("http:", "https:").replace(/:\d+$/, ":1")}/ok`, { allow })).toBe("address");
  });
});
