import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { utcDay } from "@/lib/kernel/time/utc-day";
import { apiClient, createDeveloper, createPat } from "./support/api-fixtures";
import { authorize } from "./support/authorize";
import { Browser } from "./support/browser";
import { discover, oauthError } from "./support/oauth";
import { startServer, type RunningServer } from "./support/start-server";
import { useServer, type TestServer } from "./support/use-server";

// Per-app daily usage with two server processes on one database: each counts in memory and adds
// its counts to the same rows, so the totals must come out exact.
const REDIRECT = "https://app.example/callback";

describe("app usage (two server processes, one database)", () => {
  const database = useServer();
  // The first is this file's (a test stops it); the second is the run's shared server.
  let first: RunningServer;
  let second: TestServer;
  let api: ReturnType<typeof apiClient>;
  let other: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    first = await startServer(database.current().env);
    second = database.server();
    api = apiClient(first.url, await createPat(await createDeveloper("Owner")));
    other = apiClient(second.url, await createPat(await createDeveloper("Stranger")));
  }, 120_000);
  afterAll(async () => {
    await first?.stop();
  });

  const today = () => utcDay();
  async function todayUsage(clientId: string, until: (day: Record<string, unknown>) => boolean) {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const { status, json } = await api("GET", `/clients/${clientId}/usage?from=${today()}&to=${today()}`);
      expect(status).toBe(200);
      const day = json.days[0];
      if (until(day) || Date.now() > deadline) return day;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }

  it("counts N client_credentials tokens across both processes exactly, and failed authentications", async () => {
    const { json: app } = await api("POST", "/clients", { client_name: "Worker", application_type: "m2m" });
    const [onFirst, onSecond] = await Promise.all([
      discover(first.url, app.client_id, app.client_secret),
      discover(second.url, app.client_id, app.client_secret),
    ]);
    const N = 9;
    await Promise.all(Array.from({ length: N }, (_, i) => oidc.clientCredentialsGrant(i % 2 ? onFirst : onSecond)));
    const wrong = await discover(second.url, app.client_id, "ninka_cs_wrong-secret");
    for (let i = 0; i < 2; i++)
      expect(await oauthError(oidc.clientCredentialsGrant(wrong))).toMatchObject({ error: "invalid_client" });

    const day = await todayUsage(app.client_id, (d) => d.tokens_total === N && d.failed_authentications === 2);
    expect(day).toMatchObject({
      day: today(),
      tokens: { client_credentials: N },
      tokens_total: N,
      failed_authentications: 2,
      active_users: 0,
    });
    // Stays exact: nothing counted twice by a later flush.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect((await todayUsage(app.client_id, () => true)).tokens_total).toBe(N);
  });

  it("counts distinct users who authorized or refreshed, and consents", async () => {
    const { json: app } = await api("POST", "/clients", {
      client_name: "Web",
      application_type: "web",
      redirect_uris: [REDIRECT],
    });
    const config = await discover(first.url, app.client_id, app.client_secret);
    const exchange = async (auth: { callback: URL; verifier: string; state: string }) =>
      oidc.authorizationCodeGrant(config, auth.callback, {
        pkceCodeVerifier: auth.verifier,
        expectedState: auth.state,
      });
    const alice = await createDeveloper("Alice");
    const bob = await createDeveloper("Bob");
    const aliceBrowser = new Browser(first.url);
    const tokens = await exchange(await authorize(aliceBrowser, config, REDIRECT, { account: alice }));
    await exchange(await authorize(aliceBrowser, config, REDIRECT, {})); // same user again: still one
    await exchange(await authorize(new Browser(first.url), config, REDIRECT, { account: bob }));
    await oidc.refreshTokenGrant(await discover(second.url, app.client_id, app.client_secret), tokens.refresh_token!);

    const day = await todayUsage(app.client_id, (d) => d.tokens_total === 4 && d.active_users === 2);
    expect(day).toMatchObject({
      tokens: { authorization_code: 3, refresh_token: 1 },
      tokens_total: 4,
      active_users: 2,
      consents_granted: 2,
    });
  });

  it("a process stopped with SIGTERM writes what it counted before it exits", async () => {
    const { json: app } = await api("POST", "/clients", { client_name: "Batch", application_type: "m2m" });
    await oidc.clientCredentialsGrant(await discover(first.url, app.client_id, app.client_secret));
    await first.stop();
    const rows = await getDb().clientUsageDay.findMany({ where: { clientId: app.client_id } });
    expect(rows.map(({ metric, count }) => ({ metric, count }))).toEqual([
      { metric: "tokens:client_credentials", count: 1 },
    ]);
  });

  it("hides another developer's app (404) and rejects bad dates (400 problem+json)", async () => {
    const { json: app } = await apiClient(second.url, (await createPat(await createDeveloper("Third"))) as string)(
      "POST",
      "/clients",
      {
        client_name: "Mine",
        application_type: "m2m",
      },
    );
    expect((await other("GET", `/clients/${app.client_id}/usage`)).status).toBe(404);
    const mine = await other("POST", "/clients", { client_name: "Stranger's", application_type: "m2m" });
    const usage = await other("GET", `/clients/${mine.json.client_id}/usage`);
    expect(usage.status).toBe(200);
    expect(usage.json.days).toHaveLength(30);
    for (const query of [
      "from=2026-02-30",
      "from=yesterday",
      "from=2026-11-28&to=2026-11-01",
      "to=2026-11-28%00",
      "from=2020-01-01&to=2026-01-01",
    ]) {
      const bad = await other("GET", `/clients/${mine.json.client_id}/usage?${query}`);
      expect(bad.status, query).toBe(400);
      expect(bad.headers.get("content-type")).toMatch(/application\/problem\+json/);
    }
  });
});
