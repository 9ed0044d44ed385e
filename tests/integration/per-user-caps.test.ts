import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { createToken } from "@/lib/portal/personal-access-tokens/create-token";
import { apiClient, createDeveloper, createPat } from "./support/api-fixtures";
import { startServer, type RunningServer } from "./support/start-server";
import { useTestDatabase } from "./support/use-test-database";

// NINKA_MAX_APPS_PER_USER and NINKA_MAX_TOKENS_PER_USER hold under a parallel burst.
describe("per-user caps", () => {
  const database = useTestDatabase();
  let server: RunningServer;
  const caps = { NINKA_MAX_APPS_PER_USER: "3", NINKA_MAX_TOKENS_PER_USER: "4" };

  beforeAll(async () => {
    server = await startServer({ ...database.current().env, ...caps });
    // This process creates tokens itself: read the caps afresh.
    Object.assign(process.env, caps);
    delete (globalThis as { __ninkaConfig?: unknown }).__ninkaConfig;
  });
  afterAll(async () => {
    await server?.stop();
    for (const name of Object.keys(caps)) delete process.env[name];
    delete (globalThis as { __ninkaConfig?: unknown }).__ninkaConfig;
  });

  it("20 parallel POST /clients create exactly the cap; the rest are 409 problems", async () => {
    const alice = await createDeveloper("Alice");
    const api = apiClient(server.url, await createPat(alice));
    const body = { client_name: "Burst", application_type: "m2m" };
    const responses = await Promise.all(Array.from({ length: 20 }, () => api("POST", "/clients", body)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 409)).toHaveLength(17);
    const refused = responses.find((r) => r.status === 409)!;
    expect(refused.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(refused.json.detail).toMatch(/limit of 3 apps/);
    expect(await getDb().client.count({ where: { ownerId: alice.id } })).toBe(3);
  });

  it("parallel personal access tokens stop at the cap; a revoked one frees a place", async () => {
    const bob = await createDeveloper("Bob");
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => createToken(bob, { name: `t${i}`, scopes: ["clients:read"] })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(4);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({
        code: "CONFLICT",
        message: expect.stringMatching(/limit of 4 personal access tokens/),
      });
    }
    expect(await getDb().personalAccessToken.count({ where: { userId: bob.id } })).toBe(4);
    const one = await getDb().personalAccessToken.findFirstOrThrow({ where: { userId: bob.id } });
    await getDb().personalAccessToken.update({ where: { id: one.id }, data: { revokedAt: new Date() } });
    await expect(createToken(bob, { name: "after revoke", scopes: ["clients:read"] })).resolves.toBeTruthy();
  });
});
