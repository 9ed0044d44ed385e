import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startServer, type RunningServer } from "../support/start-server";

// Ninka runs as production unless development is asked for explicitly (NODE_ENV=development, which
// `npm run dev` sets): an operator who starts server.ts without NODE_ENV must not get Next.js's
// development server or a Content-Security-Policy that allows eval (ARCHITECTURE.md "Security headers").
describe("a server started without NODE_ENV", () => {
  let db: TestDatabase;
  let server: RunningServer;
  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startServer({ ...db.env, NODE_ENV: undefined });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  const scriptSources = (policy: string | null) =>
    (policy ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .find(([name]) => name === "script-src") ?? [];

  it("allows no eval, on Next.js's pages and on oidc-provider's responses", async () => {
    for (const path of ["/", "/oauth/.well-known/openid-configuration", "/oauth/jwks"]) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      const sources = scriptSources(response.headers.get("content-security-policy"));
      expect(sources.length, path).toBeGreaterThan(0);
      expect(sources, path).not.toContain("'unsafe-eval'");
      expect(response.headers.get("content-security-policy"), path).not.toContain("'unsafe-inline'");
    }
  });

  it("serves the production build: every script the page loads is a file of `next build`", async () => {
    const html = await (await fetch(server.url)).text();
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="\/_next\/(static\/[^"?]+)/g)].map((m) =>
      decodeURIComponent(m[1]!),
    );
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(existsSync(join(".next", script)), script).toBe(true);
  });
});
