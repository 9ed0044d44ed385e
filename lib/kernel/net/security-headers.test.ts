import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, hashSource, securityHeaders } from "./security-headers";

const directives = (policy: string) =>
  new Map(policy.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));
const production = { https: false, dev: false };

describe("securityHeaders", () => {
  it("forbids framing and sniffing and limits the referrer, on http", () => {
    expect(securityHeaders(production)).toEqual({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
  });

  it("adds HSTS on an https NINKA_URL", () => {
    expect(securityHeaders({ https: true, dev: false })["Strict-Transport-Security"]).toBe("max-age=31536000");
  });
});

describe("contentSecurityPolicy", () => {
  it("admits scripts only by this response's nonce, never inline or eval, and no framing", () => {
    const policy = directives(contentSecurityPolicy(production, { nonce: "abc" }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'nonce-abc'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
    expect([...policy.values()].flat()).not.toContain("'unsafe-inline'");
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it("admits inline scripts and styles by hash", () => {
    const policy = directives(
      contentSecurityPolicy({ https: true, dev: false }, { scriptHashes: ["'sha256-s'"], styleHashes: ["'sha256-t'"] }),
    );
    expect(policy.get("script-src")).toEqual(["'self'", "'sha256-s'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'sha256-t'"]);
    expect(policy.has("upgrade-insecure-requests")).toBe(true);
  });

  it("in development only, lets React evaluate code and Next.js inject styles; scripts still need the nonce", () => {
    const policy = directives(contentSecurityPolicy({ https: false, dev: true }, { nonce: "abc" }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'", "'unsafe-eval'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("gives the sha256 source of a text, and fresh 128-bit nonces", () => {
    expect(hashSource("alert(1)")).toBe(`'sha256-${createHash("sha256").update("alert(1)").digest("base64")}'`);
    const nonce = createNonce();
    expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    expect(createNonce()).not.toBe(nonce);
  });
});
