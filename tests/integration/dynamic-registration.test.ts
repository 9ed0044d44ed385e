import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { apiClient, createDeveloper, createPat } from "./support/api-fixtures";
import { authorize } from "./support/authorize";
import { Browser } from "./support/browser";
import { discover } from "./support/oauth";
import { runNinkaCli } from "./support/run-ninka-cli";
import { useInstanceServer, type TestServer } from "./support/use-server";

// Dynamic client registration over real HTTP against a real server (RFC 7591 and 7592): the
// instance policy set by the CLI, developers' initial access tokens through REST, Ninka's client
// rules applied to registrations, and registration management.
describe("dynamic client registration", () => {
  const database = useInstanceServer();
  let server: TestServer;
  let alice: ReturnType<typeof apiClient>;
  let aliceId: string;
  let aliceApis: ReturnType<typeof apiClient>;

  const cli = (args: string[]) => runNinkaCli(args, database.current().env);
  const register = (body: unknown, token?: string) => apiClient(server.url, token)("POST", "/oauth/reg", body);
  const discovery = async () => (await fetch(`${server.url}/oauth/.well-known/openid-configuration`)).json();
  const newToken = async (body: Record<string, unknown> = {}) => {
    const created = await alice("POST", "/registration-tokens", { name: "MCP", expires_in: 3600, ...body });
    expect(created.status).toBe(201);
    return created.json as { id: string; token: string; name: string; expires_at: string; max_registrations: number };
  };
  const web = {
    client_name: "Self Web",
    redirect_uris: ["https://self.example/callback"],
    scope: "openid email",
  };

  beforeAll(async () => {
    server = database.server();
    const developer = await createDeveloper("Alice");
    aliceId = developer.id;
    alice = apiClient(server.url, await createPat(developer));
    aliceApis = apiClient(server.url, await createPat(developer, ["apis:write"]));
  });

  it("is off by default: no registration_endpoint, and /oauth/reg answers 404", async () => {
    expect((await discovery()).registration_endpoint).toBeUndefined();
    const refused = await register(web);
    expect(refused.status).toBe(404);
  });

  it("`ninka settings dcr token` turns it on: discovery names the endpoint, which wants a token", async () => {
    const set = await cli(["settings", "dcr", "token"]);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stderr).toContain("now token");
    expect((await discovery()).registration_endpoint).toBe(`${server.url}/oauth/reg`);
    for (const token of [undefined, "nonsense", "ninka_iat_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"]) {
      const refused = await register(web, token);
      expect(refused.status).toBe(401);
      expect(refused.json.error).toBe("invalid_token");
    }
  });

  it("initial access tokens: created once (digest stored), listed without their value, validated", async () => {
    const created = await newToken({ max_registrations: 3 });
    expect(created).toMatchObject({ name: "MCP", max_registrations: 3 });
    expect(created.token).toMatch(/^ninka_iat_/);
    expect(Date.parse(created.expires_at) - Date.now()).toBeGreaterThan(3500_000);
    const row = await getDb().registrationToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(JSON.stringify(row)).not.toContain(created.token);
    const list = await alice("GET", "/registration-tokens");
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.json)).not.toContain(created.token);
    expect(list.json.registration_tokens.map((t: { id: string }) => t.id)).toContain(created.id);
    for (const bad of [{ expires_in: 0 }, { expires_in: "soon" }, { max_registrations: 0 }, { name: "a\u0000b" }]) {
      expect((await alice("POST", "/registration-tokens", { name: "x", expires_in: 60, ...bad })).status).toBe(400);
    }
    expect((await apiClient(server.url)("GET", "/registration-tokens")).status).toBe(401);
  });

  it("registers a web app as the token's developer: secret once, digest stored, audited, in GET /clients", async () => {
    const { token } = await newToken();
    const created = await register({ ...web, ninka_ignored: undefined }, token);
    expect(created.status).toBe(201);
    const body = created.json;
    expect(body).toMatchObject({ client_name: "Self Web", redirect_uris: web.redirect_uris, scope: "openid email" });
    expect(body.client_secret).toMatch(/^ninka_cs_/);
    expect(body.registration_client_uri).toBe(`${server.url}/oauth/reg/${body.client_id}`);
    expect(typeof body.registration_access_token).toBe("string");
    expect(Object.keys(body).filter((key) => key.startsWith("ninka_"))).toEqual([]);
    const row = await getDb().client.findUniqueOrThrow({ where: { id: body.client_id }, include: { secrets: true } });
    expect(row).toMatchObject({ ownerId: aliceId, registeredVia: "token", applicationType: "web" });
    expect(JSON.stringify(row)).not.toContain(body.client_secret);
    expect((await alice("GET", `/clients/${body.client_id}`)).json).toMatchObject({
      client_name: "Self Web",
      registered_via: "token",
    });
    const events = await getDb().auditEvent.findMany({ where: { clientId: body.client_id, action: "app.registered" } });
    expect(events).toHaveLength(1);
    const spa = await register(
      { client_name: "Self SPA", redirect_uris: ["http://localhost:5173/cb"], token_endpoint_auth_method: "none" },
      (await newToken()).token,
    );
    expect(spa.status).toBe(201);
    expect(spa.json.client_secret).toBeUndefined();
    expect((await alice("GET", `/clients/${spa.json.client_id}`)).json.application_type).toBe("spa");
  });

  it("an app that names no ID token algorithm gets RS256 (OIDC Dynamic Client Registration §2); one that names ES256 keeps it", async () => {
    const unnamed = (await register(web, (await newToken()).token)).json;
    expect(unnamed.id_token_signed_response_alg).toBe("RS256");
    expect(
      (await getDb().client.findUniqueOrThrow({ where: { id: unnamed.client_id } })).idTokenSignedResponseAlg,
    ).toBe("RS256");
    const named = (await register({ ...web, id_token_signed_response_alg: "ES256" }, (await newToken()).token)).json;
    expect(named.id_token_signed_response_alg).toBe("ES256");
    // Apps made in the console or with POST /clients keep ES256.
    const made = await alice("POST", "/clients", {
      client_name: "Made",
      application_type: "web",
      redirect_uris: web.redirect_uris,
    });
    expect(made.json.id_token_signed_response_alg).toBe("ES256");
  });

  it("applies Ninka's client rules; a refused registration spends nothing", async () => {
    const { id, token } = await newToken({ max_registrations: 1 });
    const refusals: [Record<string, unknown>, string][] = [
      [{ ...web, redirect_uris: ["http://self.example/cb"] }, "invalid_redirect_uri"],
      [{ ...web, redirect_uris: ["https://self.example/cb#frag"] }, "invalid_redirect_uri"],
      [{ ...web, scope: "openid no-such-api:read" }, "invalid_client_metadata"],
      [{ ...web, client_name: "x".repeat(101) }, "invalid_client_metadata"],
      [{ ...web, client_name: "bad\u0001name" }, "invalid_client_metadata"],
      [{ ...web, client_name: undefined }, "invalid_client_metadata"],
      [{ ...web, ninka_first_party: true }, "invalid_client_metadata"],
      [{ ...web, ninka_secrets: [{ id: "x", digest: "0".repeat(64) }] }, "invalid_client_metadata"],
      [{ ...web, grant_types: ["authorization_code", "client_credentials"] }, "invalid_client_metadata"],
    ];
    for (const [body, error] of refusals) {
      const refused = await register(body, token);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.json.error, JSON.stringify(refused.json)).toBe(error);
    }
    expect((await getDb().registrationToken.findUniqueOrThrow({ where: { id } })).registrations).toBe(0);
    expect((await register(web, token)).status).toBe(201);
  });

  it("keeps API scopes asked for at registration and in an RFC 7592 update, as an MCP client asks", async () => {
    const tag = crypto.randomUUID().slice(0, 8);
    const scopes = [`files-${tag}.read`, `files-${tag}.write`];
    const api = await aliceApis("POST", "/apis", {
      name: "Files",
      identifier: `https://files-${tag}.example/mcp`,
      scopes: scopes.map((value) => ({ value, description: value })),
    });
    expect(api.status).toBe(201);
    const created = await register({ ...web, scope: `openid ${scopes[0]}` }, (await newToken()).token);
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect(created.json.scope).toBe(`openid ${scopes[0]}`);
    const onlyApi = await register({ ...web, scope: scopes.join(" ") }, (await newToken()).token);
    expect(onlyApi.status, JSON.stringify(onlyApi.json)).toBe(201);
    expect((await alice("GET", `/clients/${onlyApi.json.client_id}`)).json.scope).toBe(scopes.join(" "));

    const { client_id, registration_access_token } = created.json;
    const updated = await apiClient(server.url, registration_access_token)("PUT", `/oauth/reg/${client_id}`, {
      ...web,
      client_id,
      scope: `openid ${scopes[1]}`,
    });
    expect(updated.status, JSON.stringify(updated.json)).toBe(200);
    expect(updated.json.scope).toBe(`openid ${scopes[1]}`);
    expect((await getDb().client.findUniqueOrThrow({ where: { id: client_id } })).scope).toBe(`openid ${scopes[1]}`);
  });

  it("consent says the app registered itself and where the answer goes, until an administrator approves it", async () => {
    const redirect = "http://127.0.0.1:9/back";
    const created = await register(
      { client_name: "Self Consent", redirect_uris: [redirect], token_endpoint_auth_method: "none", scope: "openid" },
      (await newToken()).token,
    );
    expect(created.status).toBe(201);
    const config = await discover(server.url, created.json.client_id);
    const user = await createDeveloper("Uma");
    const consentOf = async () => {
      const browser = new Browser(server.url, { "x-forwarded-for": "198.51.100.24" });
      const { consent } = await authorize(browser, config, redirect, {
        account: user,
        scope: "openid",
        decision: "deny",
      });
      return consent!.html;
    };
    const before = await consentOf();
    expect(before).toContain("This app registered itself. Ninka has not reviewed it.");
    expect(before).toContain("127.0.0.1:9");
    await getDb().clientReview.create({
      data: { clientId: created.json.client_id, status: "published", decidedAt: new Date() },
    });
    expect(await consentOf()).not.toContain("registered itself");
  });

  it("answers generated metadata with a 2xx or 4xx, never a 5xx", async () => {
    expect((await cli(["settings", "dcr", "token"])).code).toBe(0);
    const { token } = await newToken({ max_registrations: 1000 });
    let created = 0;
    const field = fc.oneof(fc.string(), fc.array(fc.string()), fc.integer(), fc.boolean(), fc.constant(null));
    const metadata = fc.record(
      {
        client_name: field,
        redirect_uris: fc.oneof(fc.array(fc.webUrl()), field),
        grant_types: field,
        token_endpoint_auth_method: fc.oneof(fc.constantFrom("none", "client_secret_basic", "private_key_jwt"), field),
        application_type: fc.oneof(fc.constantFrom("web", "native"), field),
        scope: field,
        logo_uri: field,
        jwks: field,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(metadata, fc.jsonValue()), async (body) => {
        const answer = await register(body, token);
        expect(answer.status, JSON.stringify(body)).toBeLessThan(500);
        expect(answer.status, JSON.stringify(answer.json)).not.toBe(401);
        if (answer.status === 201) created++;
      }),
      { numRuns: 60, seed: 24 },
    );
    expect(created).toBeLessThan(60);
  });

  it("enforces max_registrations, revocation and expiry", async () => {
    const limited = await newToken({ max_registrations: 2 });
    expect((await register(web, limited.token)).status).toBe(201);
    expect((await register(web, limited.token)).status).toBe(201);
    expect((await register(web, limited.token)).status).toBe(401);

    const revoked = await newToken();
    expect((await alice("DELETE", `/registration-tokens/${revoked.id}`)).status).toBe(204);
    expect((await alice("DELETE", `/registration-tokens/${revoked.id}`)).status).toBe(404);
    expect((await register(web, revoked.token)).status).toBe(401);

    const expired = await newToken();
    await getDb().registrationToken.update({
      where: { id: expired.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await register(web, expired.token)).status).toBe(401);
    const listed = (await alice("GET", "/registration-tokens")).json.registration_tokens.map(
      (t: { id: string }) => t.id,
    );
    expect(listed).not.toContain(revoked.id);
    expect(listed).not.toContain(expired.id);
  });

  it("RFC 7592: the app reads, updates and deletes its registration with its access token", async () => {
    const created = (await register(web, (await newToken()).token)).json;
    const manage = (token: string) => apiClient(server.url, token);
    const uri = `/oauth/reg/${created.client_id}`;
    const read = await manage(created.registration_access_token)("GET", uri);
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({ client_id: created.client_id, client_name: "Self Web" });
    expect(read.json.client_secret).toBeUndefined();

    const updated = await manage(created.registration_access_token)("PUT", uri, {
      ...web,
      client_id: created.client_id,
      client_name: "Self Web renamed",
    });
    expect(updated.status, JSON.stringify(updated.json)).toBe(200);
    expect(updated.json.client_name).toBe("Self Web renamed");
    expect((await getDb().client.findUniqueOrThrow({ where: { id: created.client_id } })).name).toBe(
      "Self Web renamed",
    );
    const rotated = updated.json.registration_access_token as string;
    expect(rotated).not.toBe(created.registration_access_token);
    expect((await manage(created.registration_access_token)("GET", uri)).status).toBe(401);

    const badUpdate = await manage(rotated)("PUT", uri, {
      ...web,
      client_id: created.client_id,
      redirect_uris: ["http://evil.example/cb"],
    });
    expect(badUpdate.status).toBe(400);

    expect((await manage(rotated)("DELETE", uri)).status).toBe(204);
    expect(await getDb().client.findUnique({ where: { id: created.client_id } })).toBeNull();
    expect((await manage(rotated)("GET", uri)).status).toBe(401);
  });

  it("an app made in the console cannot be managed through /oauth/reg", async () => {
    const made = await alice("POST", "/clients", { ...web, application_type: "web" });
    const response = await apiClient(server.url, "anything")("GET", `/oauth/reg/${made.json.client_id}`);
    expect(response.status).toBe(401);
  });

  it("`ninka settings dcr off` hides the endpoint again", async () => {
    const { token } = await newToken();
    expect((await cli(["settings", "dcr", "off"])).code).toBe(0);
    expect((await discovery()).registration_endpoint).toBeUndefined();
    expect((await register(web, token)).status).toBe(404);
  });
});
