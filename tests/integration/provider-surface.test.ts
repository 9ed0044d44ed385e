import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { useServer, type TestServer } from "./support/use-server";

// What anonymous callers of the provider can see and make it store.
describe("provider surface", () => {
  const database = useServer();
  let server: TestServer;

  beforeAll(async () => {
    server = database.server();
  });

  it("discovery advertises private_key_jwt (apps register keys), never client_secret_jwt", async () => {
    const discovery = await (await fetch(`${server.url}/oauth/.well-known/openid-configuration`)).json();
    expect(discovery.token_endpoint_auth_methods_supported).toEqual(
      expect.arrayContaining(["client_secret_basic", "private_key_jwt", "none"]),
    );
    for (const key of Object.keys(discovery).filter((k) => k.endsWith("auth_methods_supported"))) {
      expect(discovery[key], key).not.toContain("client_secret_jwt");
    }
  });

  it("an anonymous GET /oauth/device stores its session for minutes, not weeks", async () => {
    const before = new Set(
      (await getDb().oidcPayload.findMany({ where: { model: "Session" }, select: { id: true } })).map((r) => r.id),
    );
    const response = await fetch(`${server.url}/oauth/device`);
    expect(response.status).toBe(200);
    const sessions = (await getDb().oidcPayload.findMany({ where: { model: "Session" } })).filter(
      (r) => !before.has(r.id),
    );
    for (const session of sessions) {
      expect(session.accountId).toBeNull();
      expect(session.expiresAt!.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000);
    }
  });
});
