import { request } from "node:http";
import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { apiClient, createDeveloper, createPat } from "./support/api-fixtures";
import { discover } from "./support/oauth";
import { startServer, type RunningServer } from "./support/start-server";
import { testDatabaseKind } from "./support/test-database";
import { useTestDatabase } from "./support/use-test-database";

// What survives the process dying (ARCHITECTURE.md "Data"): a write acknowledged with 2xx is
// committed, whether the process is then killed outright (SIGKILL: a crash, an OOM kill) or asked
// to stop (SIGTERM: a deploy), and SIGTERM lets requests in flight finish before the database closes.
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type App = {
  clientId: string;
  initialSecret: string;
  addedSecret?: { id: string; secret: string };
  deletedInitial?: string;
  token?: string;
};

describe("durability", () => {
  const database = useTestDatabase();
  let server: RunningServer;
  let token: string;

  beforeAll(async () => {
    server = await startServer(database.current().env);
    token = await createPat(await createDeveloper("Operator"));
  });
  afterAll(async () => {
    await server?.stop();
  });

  it.runIf(testDatabaseKind() === "sqlite")(
    'SQLite runs in WAL mode with synchronous=NORMAL (ARCHITECTURE.md "Data")',
    async () => {
      const [mode] = await getDb().$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      const [sync] = await getDb().$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
      expect(mode!.journal_mode).toBe("wal");
      expect(Number(sync!.synchronous)).toBe(1); // NORMAL
    },
  );

  it("after SIGKILL under load: every acknowledged write is there, tokens stay active, the JWKS is unchanged", async () => {
    const api = apiClient(server.url, token);
    const jwks = await fetch(`${server.url}/oauth/jwks`).then((r) => r.json());
    const apps: App[] = [];
    let running = true;

    // One worker: register an app, get a token with its secret, add a second secret, revoke the
    // first. Only what the server acknowledged is recorded; a request cut off by the kill is not.
    async function worker() {
      while (running) {
        const created = await api("POST", "/clients", { client_name: "Under load", application_type: "m2m" }).catch(
          () => null,
        );
        if (created?.status !== 201) continue;
        const app: App = { clientId: created.json.client_id, initialSecret: created.json.client_secret };
        apps.push(app);
        const config = await discover(server.url, app.clientId, app.initialSecret).catch(() => null);
        app.token = config
          ? await oidc.clientCredentialsGrant(config).then(
              (t) => t.access_token,
              () => undefined,
            )
          : undefined;
        const added = await api("POST", `/clients/${app.clientId}/credentials`).catch(() => null);
        if (added?.status !== 201) continue;
        app.addedSecret = { id: added.json.id, secret: added.json.client_secret };
        const listed = await api("GET", `/clients/${app.clientId}/credentials`).catch(() => null);
        const initial = listed?.json?.secrets?.find((s: { id: string }) => s.id !== added.json.id)?.id as
          string | undefined;
        if (!initial) continue;
        const revoked = await api("DELETE", `/clients/${app.clientId}/credentials/${initial}`).catch(() => null);
        if (revoked?.status === 204) app.deletedInitial = initial;
      }
    }
    const workers = Array.from({ length: 4 }, worker);
    while (apps.filter((app) => app.deletedInitial).length < 8) await delay(50);
    server.kill("SIGKILL");
    running = false;
    expect(await server.exited).toBeNull(); // killed by the signal
    await Promise.all(workers);

    server = await startServer(database.current().env, { port: server.port });
    expect(await fetch(`${server.url}/oauth/jwks`).then((r) => r.json())).toEqual(jwks);
    for (const app of apps) {
      expect((await api("GET", `/clients/${app.clientId}`)).status, app.clientId).toBe(200);
      const ids = ((await api("GET", `/clients/${app.clientId}/credentials`)).json.secrets as { id: string }[]).map(
        (s) => s.id,
      );
      if (app.addedSecret) expect(ids).toContain(app.addedSecret.id);
      if (app.deletedInitial) expect(ids).not.toContain(app.deletedInitial);
      if (app.token) {
        // The secret that is live for certain: the added one, or the first when none was added.
        const live = app.addedSecret?.secret ?? app.initialSecret;
        const introspection = await oidc.tokenIntrospection(await discover(server.url, app.clientId, live), app.token);
        expect(introspection.active, app.clientId).toBe(true);
      }
    }
    expect(apps.filter((app) => app.token).length).toBeGreaterThanOrEqual(8);
  });

  it("SIGTERM lets a request in flight finish (2xx, committed), refuses new ones, then exits 0", async () => {
    const body = JSON.stringify({ client_name: "Slow upload", application_type: "m2m" });
    const response = new Promise<{ status: number; json?: { client_id: string }; error?: string }>((resolve) => {
      const req = request(`${server.url}/clients`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
        },
      });
      req.on("response", (res) => {
        let text = "";
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode!, json: JSON.parse(text) }));
      });
      req.on("error", (error) => resolve({ status: 0, error: error.message })); // e.g. cut off: "socket hang up"
      // Half the body now; the rest after SIGTERM, so the request is in flight when it arrives.
      req.write(body.slice(0, 10));
      setTimeout(() => {
        server.kill("SIGTERM");
        setTimeout(() => req.end(body.slice(10)), 700);
      }, 500);
    });
    await delay(800); // SIGTERM has been sent; the slow request is still open
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    const answered = await response;
    expect(answered).toMatchObject({ status: 201 });
    expect(await server.exited).toBe(0);
    expect(server.logs()).toMatch(/SIGTERM received/);

    // Committed: the row is in the database the process closed.
    expect(await getDb().client.findUnique({ where: { id: answered.json!.client_id } })).not.toBeNull();
  });
});
