import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { getDb } from "@/lib/kernel/db/client";
import { DAY_MS } from "@/lib/kernel/time/durations";
import { listAllClients } from "@/lib/portal/admin/list-all-clients";
import { purgeUnusedClients } from "@/lib/portal/clients/purge-unused-clients";
import { apiClient, createAdmin, createDeveloper, createPat } from "./support/api-fixtures";
import { runNinkaCli } from "./support/run-ninka-cli";
import { startServer, type RunningServer } from "./support/start-server";
import { useTestDatabase } from "./support/use-test-database";

// Dynamic client registration under the `open` policy (ARCHITECTURE.md "Dynamic registration"),
// over real HTTP against real servers: no token, no owner, secret once, audited with the caller's
// address; the caps per IP and in total, counted in the database (two servers share them); every
// client rule applied, refusals writing nothing; the purge of unused open-registered apps.
const PER_IP = 3;
const TOTAL = 40;

describe("open dynamic client registration", () => {
  const database = useTestDatabase();
  let server: RunningServer;
  let second: RunningServer;
  let alice: ReturnType<typeof apiClient>;
  let aliceId: string;
  let addresses = 0;

  const env = () => ({
    ...database.current().env,
    NINKA_TRUST_PROXY: "1",
    NINKA_DCR_OPEN_APPS_PER_IP: String(PER_IP),
    NINKA_DCR_OPEN_MAX_APPS: String(TOTAL),
  });
  /** A documentation address (RFC 5737) of its own, so per-IP counts never mix between tests. */
  const newAddress = () => `192.0.2.${++addresses}`;
  const register = (body: unknown, ip = newAddress(), on = server, token?: string) =>
    apiClient(on.url, token)("POST", "/oauth/reg", body, { "x-forwarded-for": ip });
  const web = { client_name: "Open Web", redirect_uris: ["https://open.example/callback"], scope: "openid email" };
  const spa = {
    client_name: "Open SPA",
    redirect_uris: ["http://127.0.0.1:5173/cb"],
    token_endpoint_auth_method: "none",
    scope: "openid",
  };
  const counts = async () => ({
    clients: await getDb().client.count(),
    events: await getDb().auditEvent.count(),
    attempts: await getDb().loginAttempt.count({ where: { key: { startsWith: "open-registration-ip:" } } }),
  });

  beforeAll(async () => {
    [server, second] = await Promise.all([startServer(env()), startServer(env())]);
    const developer = await createDeveloper("Alice");
    aliceId = developer.id;
    alice = apiClient(server.url, await createPat(developer));
    const set = await runNinkaCli(["settings", "dcr", "open"], database.current().env);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stderr).toContain("now open");
  });
  afterAll(async () => {
    await Promise.all([server?.stop(), second?.stop()]);
  });

  it("discovery names the endpoint; a web app registers without a token, has no owner, gets its secret once", async () => {
    const discovery = await (await fetch(`${server.url}/oauth/.well-known/openid-configuration`)).json();
    expect(discovery.registration_endpoint).toBe(`${server.url}/oauth/reg`);
    const ip = newAddress();
    const created = await register(web, ip);
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const body = created.json;
    expect(body).toMatchObject({ client_name: "Open Web", redirect_uris: web.redirect_uris, scope: "openid email" });
    expect(body.client_secret).toMatch(/^ninka_cs_/);
    expect(body.token_endpoint_auth_method).toBe("client_secret_basic");
    const row = await getDb().client.findUniqueOrThrow({ where: { id: body.client_id }, include: { secrets: true } });
    expect(row).toMatchObject({
      ownerId: null,
      registeredVia: "open",
      registrationTokenId: null,
      applicationType: "web",
    });
    expect(row.secrets).toHaveLength(1);
    expect(JSON.stringify(row)).not.toContain(body.client_secret);
    const [event] = await getDb().auditEvent.findMany({ where: { clientId: body.client_id } });
    expect(event).toMatchObject({ action: "app.registered", actorKind: "system", ip, userId: null });
    expect(JSON.parse(event!.details)).toMatchObject({ via: "open", application_type: "web" });

    // RFC 7592 reads never show the secret again.
    const read = await apiClient(server.url, body.registration_access_token)("GET", `/oauth/reg/${body.client_id}`);
    expect(read.status).toBe(200);
    expect(read.json.client_secret).toBeUndefined();

    // Nobody's in the console: not listed, and its page is a 404 like a missing app.
    expect((await alice("GET", "/clients")).json.clients.map((c: { client_id: string }) => c.client_id)).not.toContain(
      body.client_id,
    );
    expect((await alice("GET", `/clients/${body.client_id}`)).status).toBe(404);
  });

  it("RFC 7592: an ownerless app changes and deletes its own registration, audited as Ninka", async () => {
    const created = (await register(spa)).json;
    const manage = apiClient(server.url, created.registration_access_token);
    const uri = `/oauth/reg/${created.client_id}`;
    const updated = await manage("PUT", uri, { ...spa, client_id: created.client_id, client_name: "Open SPA renamed" });
    expect(updated.status, JSON.stringify(updated.json)).toBe(200);
    expect((await getDb().client.findUniqueOrThrow({ where: { id: created.client_id } })).name).toBe(
      "Open SPA renamed",
    );
    expect((await apiClient(server.url, updated.json.registration_access_token)("DELETE", uri)).status).toBe(204);
    expect(await getDb().client.findUnique({ where: { id: created.client_id } })).toBeNull();
    const events = await getDb().auditEvent.findMany({
      where: { clientId: created.client_id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.action, e.actorKind, e.userId])).toEqual([
      ["app.registered", "system", null],
      ["app.registration_updated", "system", null],
      ["app.deleted", "system", null],
    ]);
  });

  it("a public app (token_endpoint_auth_method none) gets no secret", async () => {
    const created = await register(spa);
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect(created.json.client_secret).toBeUndefined();
    expect(created.json.token_endpoint_auth_method).toBe("none");
    const row = await getDb().client.findUniqueOrThrow({
      where: { id: created.json.client_id },
      include: { secrets: true },
    });
    expect(row).toMatchObject({ ownerId: null, registeredVia: "open", applicationType: "spa" });
    expect(row.secrets).toEqual([]);
  });

  it("an initial access token presented under open still makes the app its developer's", async () => {
    const { json } = await alice("POST", "/registration-tokens", { name: "MCP", expires_in: 3600 });
    const created = await register(web, newAddress(), server, json.token);
    expect(created.status).toBe(201);
    const row = await getDb().client.findUniqueOrThrow({ where: { id: created.json.client_id } });
    expect(row).toMatchObject({ ownerId: aliceId, registeredVia: "token" });
    expect((await register(web, newAddress(), server, "ninka_iat_wrong")).status).toBe(401);
  });

  it("/admin/apps lists apps that registered themselves under its `dynamic` filter, ownerless ones included", async () => {
    const admin = await createAdmin("Ada");
    const open = (await register(web)).json.client_id as string;
    const made = (await alice("POST", "/clients", { ...web, application_type: "web" })).json.client_id as string;
    const ids = async (query: Record<string, string>) => {
      const found: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listAllClients(admin, { ...query, cursor });
        found.push(...page.clients.map((c) => c.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return found;
    };
    const dynamic = await ids({ origin: "dynamic" });
    expect(dynamic).toContain(open);
    expect(dynamic).not.toContain(made);
    expect(await ids({})).toEqual(expect.arrayContaining([open, made]));
    const page = await listAllClients(admin, { origin: "dynamic" });
    expect(page.total).toBeNull();
    expect(page.clients.find((c) => c.id === open)?.owner).toBeNull();
  });

  it("applies every client rule: refused with invalid_redirect_uri / invalid_client_metadata, nothing written", async () => {
    const before = await counts();
    const refusals: [Record<string, unknown>, string][] = [
      [{ ...web, redirect_uris: ["not a uri"] }, "invalid_redirect_uri"],
      [{ ...web, redirect_uris: ["http://open.example/cb"] }, "invalid_redirect_uri"],
      [{ ...web, redirect_uris: ["https://open.example/cb#fragment"] }, "invalid_redirect_uri"],
      [{ ...web, redirect_uris: ["https://open.example/*"] }, "invalid_redirect_uri"],
      [{ ...web, scope: "openid no-such-api:read" }, "invalid_client_metadata"],
      [{ ...web, grant_types: ["password"] }, "invalid_client_metadata"],
      [{ ...web, grant_types: ["authorization_code", "client_credentials"] }, "invalid_client_metadata"],
      [{ ...web, application_type: "desktop" }, "invalid_client_metadata"],
      [{ ...web, token_endpoint_auth_method: "private_key_jwt" }, "invalid_client_metadata"],
      [{ ...web, client_name: "x".repeat(101) }, "invalid_client_metadata"],
      [{ ...web, client_name: "bad\u0000name" }, "invalid_client_metadata"],
      [{ ...web, client_name: "bad\u0001name" }, "invalid_client_metadata"],
      [{ ...web, client_name: undefined }, "invalid_client_metadata"],
      [{ ...web, logo_uri: "javascript:alert(1)" }, "invalid_client_metadata"],
      [{ ...web, ninka_first_party: true }, "invalid_client_metadata"],
    ];
    const ip = newAddress();
    for (const [body, error] of refusals) {
      const refused = await register(body, ip);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.json.error, `${JSON.stringify(body)} → ${JSON.stringify(refused.json)}`).toBe(error);
    }
    expect(await counts()).toEqual(before);
    // Refusals spent nothing of the address's allowance.
    for (let i = 0; i < PER_IP; i++) expect((await register(spa, ip)).status).toBe(201);
  });

  it("caps registrations per IP address and hour: 429 with Retry-After, nothing written; other addresses go on", async () => {
    const ip = newAddress();
    for (let i = 0; i < PER_IP; i++) expect((await register(spa, ip)).status).toBe(201);
    const before = await counts();
    const refused = await register(spa, ip);
    expect(refused.status).toBe(429);
    expect(refused.json.error).toBe("temporarily_unavailable");
    expect(refused.json.error_description).toContain(`at most ${PER_IP} an hour`);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(3000);
    expect(await counts()).toEqual(before);
    expect((await register(spa)).status).toBe(201);
  });

  it("the per-IP cap holds for a parallel burst split across two processes on one database", async () => {
    const ip = newAddress();
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => register({ ...spa, client_name: `Burst ${i}` }, ip, i % 2 ? second : server)),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([...Array(PER_IP).fill(201), ...Array(8 - PER_IP).fill(429)]);
    const burst = await getDb().client.count({ where: { name: { startsWith: "Burst " }, registeredVia: "open" } });
    expect(burst).toBe(PER_IP);
  });

  it("caps the open-registered apps that exist at once: 429, nothing written", async () => {
    const existing = await getDb().client.count({ where: { registeredVia: "open", ownerId: null } });
    expect(existing).toBeLessThan(TOTAL);
    const fillers = Array.from({ length: TOTAL - existing }, (_, i) => ({
      id: `filler-${i}-${crypto.randomUUID()}`,
      applicationType: "spa",
      name: "Filler",
      redirectUris: ["http://127.0.0.1/cb"],
      postLogoutRedirectUris: [],
      grantTypes: ["authorization_code"],
      scope: "openid",
      tokenEndpointAuthMethod: "none",
      registeredVia: "open",
    }));
    await getDb().client.createMany({ data: fillers });
    try {
      const before = await counts();
      const refused = await register(spa);
      expect(refused.status).toBe(429);
      expect(refused.json).toMatchObject({ error: "temporarily_unavailable" });
      expect(refused.json.error_description).toContain(`(${TOTAL})`);
      expect(await counts()).toEqual(before);
      // Apps registered with a token are not open ones: they still register.
      const { json } = await alice("POST", "/registration-tokens", { name: "MCP", expires_in: 3600 });
      expect((await register(spa, newAddress(), server, json.token)).status).toBe(201);
    } finally {
      await getDb().client.deleteMany({ where: { id: { in: fillers.map((f) => f.id) } } });
    }
    expect((await register(spa)).status).toBe(201);
  });

  it("purges open-registered apps without a token for NINKA_DCR_UNUSED_DAYS, keeping used, adopted and token ones", async () => {
    const m2m = { client_name: "Open M2M", grant_types: ["client_credentials"], response_types: [] };
    const registered = await register(m2m);
    expect(registered.status, JSON.stringify(registered.json)).toBe(201);
    const used = registered.json;
    const token = await fetch(`${server.url}/oauth/token`, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`${used.client_id}:${used.client_secret}`).toString("base64")}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: "grant_type=client_credentials",
    });
    expect(token.status, await token.clone().text()).toBe(200);
    await expect
      .poll(async () => (await getDb().client.findUniqueOrThrow({ where: { id: used.client_id } })).lastUsedAt)
      .not.toBeNull();
    const unused = (await register(spa)).json.client_id as string;
    const recent = (await register(spa)).json.client_id as string;
    const adopted = (await register(spa)).json.client_id as string;
    await getDb().client.update({ where: { id: adopted }, data: { ownerId: aliceId } });
    const { json: iat } = await alice("POST", "/registration-tokens", { name: "MCP", expires_in: 3600 });
    const viaToken = (await register(spa, newAddress(), server, iat.token)).json.client_id as string;
    const old = new Date(Date.now() - 31 * DAY_MS);
    await getDb().client.updateMany({
      where: { id: { in: [used.client_id, unused, adopted, viaToken] } },
      data: { createdAt: old },
    });
    await getDb().client.update({ where: { id: recent }, data: { createdAt: new Date(Date.now() - 29 * DAY_MS) } });
    // Something issued to the app goes with it.
    await getDb().oidcPayload.create({
      data: { model: "Grant", id: `grant-${unused}`, clientId: unused, payload: { clientId: unused } },
    });

    const purged = await purgeUnusedClients(systemActor("purge"));
    expect(purged).toBeGreaterThanOrEqual(1);
    const left = await getDb().client.findMany({
      where: { id: { in: [used.client_id, unused, recent, adopted, viaToken] } },
      select: { id: true },
    });
    expect(left.map((c) => c.id).sort()).toEqual([used.client_id, recent, adopted, viaToken].sort());
    expect(await getDb().oidcPayload.count({ where: { clientId: unused } })).toBe(0);
    const [event] = await getDb().auditEvent.findMany({ where: { clientId: unused, action: "app.deleted" } });
    expect(event).toMatchObject({ actorKind: "system", actorLabel: "purge", userId: null });
    expect(JSON.parse(event!.details)).toMatchObject({ via: "purge" });
    // Idempotent: a second pass (or another process) finds nothing more of these.
    await purgeUnusedClients(systemActor("purge"));
    expect(await getDb().client.count({ where: { id: { in: [used.client_id, recent, adopted, viaToken] } } })).toBe(4);

    // Once a used app's last token is older than the cut-off, it goes too.
    await getDb().client.update({ where: { id: used.client_id }, data: { lastUsedAt: old } });
    await purgeUnusedClients(systemActor("purge"));
    expect(await getDb().client.findUnique({ where: { id: used.client_id } })).toBeNull();
  });

  it("`ninka settings dcr token` ends open registration at once", async () => {
    expect((await runNinkaCli(["settings", "dcr", "token"], database.current().env)).code).toBe(0);
    const refused = await register(web);
    expect(refused.status).toBe(401);
    expect(refused.json.error).toBe("invalid_token");
  });
});
