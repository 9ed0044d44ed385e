import { Validator } from "@seriousme/openapi-schema-validator";
import * as oidc from "openid-client";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { apiClient, createDeveloper, createPat } from "./support/api-fixtures";
import { discover, oauthError } from "./support/oauth";
import { useServer, type TestServer } from "./support/use-server";

// The /clients REST API over HTTP, against a real server process on this run's database.
describe("/clients REST API", () => {
  const database = useServer();
  let server: TestServer;
  let api: ReturnType<typeof apiClient>;
  let readOnly: ReturnType<typeof apiClient>;
  let other: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    server = database.server();
    const alice = await createDeveloper("Alice");
    const bob = await createDeveloper("Bob");
    api = apiClient(server.url, await createPat(alice));
    readOnly = apiClient(server.url, await createPat(alice, ["clients:read"]));
    other = apiClient(server.url, await createPat(bob));
  });

  const web = {
    client_name: "Acme Web",
    application_type: "web",
    redirect_uris: ["https://acme.example/callback"],
    scope: "openid email",
  };

  it("creates a web client: 201, Location, the secret once, RFC 7591 fields", async () => {
    const created = await api("POST", "/clients", web);
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`/clients/${created.json.client_id}`);
    expect(created.json).toMatchObject({
      client_name: "Acme Web",
      application_type: "web",
      redirect_uris: ["https://acme.example/callback"],
      grant_types: ["authorization_code", "refresh_token"],
      token_endpoint_auth_method: "client_secret_basic",
      scope: "openid email",
      post_logout_redirect_uris: [],
    });
    expect(created.json.client_secret).toMatch(/^ninka_cs_/);
    expect(created.json.created_at).toBeTruthy();
    const fetched = await api("GET", `/clients/${created.json.client_id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.json).not.toHaveProperty("client_secret");
    expect(fetched.json.client_id).toBe(created.json.client_id);
  });

  it("creates public clients without a secret", async () => {
    const spa = await api("POST", "/clients", {
      client_name: "SPA",
      application_type: "spa",
      redirect_uris: ["http://localhost:5173/cb"],
    });
    expect(spa.status).toBe(201);
    expect(spa.json).not.toHaveProperty("client_secret");
    expect(spa.json.token_endpoint_auth_method).toBe("none");
    const native = await api("POST", "/clients", {
      client_name: "App",
      application_type: "native",
      redirect_uris: ["com.acme.app:/oauth"],
    });
    expect(native.status).toBe(201);
  });

  it("updates with PUT (200) without touching client_id or secrets", async () => {
    const { json: created } = await api("POST", "/clients", web);
    const updated = await api("PUT", `/clients/${created.client_id}`, {
      ...web,
      client_name: "Renamed",
      redirect_uris: ["https://acme.example/cb2"],
    });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({
      client_id: created.client_id,
      client_name: "Renamed",
      redirect_uris: ["https://acme.example/cb2"],
    });
    const changedType = await api("PUT", `/clients/${created.client_id}`, {
      ...web,
      application_type: "spa",
      token_endpoint_auth_method: undefined,
    });
    expect(changedType.status).toBe(400);
    expect(changedType.json.errors.application_type[0]).toMatch(/cannot be changed/);
  });

  it("deletes (204), after which the client is gone (404)", async () => {
    const { json: created } = await api("POST", "/clients", web);
    expect((await api("DELETE", `/clients/${created.client_id}`)).status).toBe(204);
    expect((await api("GET", `/clients/${created.client_id}`)).status).toBe(404);
    expect((await api("DELETE", `/clients/${created.client_id}`)).status).toBe(404);
  });

  it("lists newest first with cursor pagination and no secrets", async () => {
    const mine = apiClient(server.url, await createPat(await createDeveloper("Lister")));
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await mine("POST", "/clients", { ...web, client_name: `App ${i}` })).json.client_id);
    const first = await mine("GET", "/clients?limit=2");
    expect(first.status).toBe(200);
    expect(first.json.clients.map((c: { client_id: string }) => c.client_id)).toEqual([ids[4], ids[3]]);
    expect(JSON.stringify(first.json)).not.toContain("ninka_cs_");
    const second = await mine("GET", `/clients?limit=2&cursor=${first.json.next_cursor}`);
    const third = await mine("GET", `/clients?limit=2&cursor=${second.json.next_cursor}`);
    expect(second.json.clients.map((c: { client_id: string }) => c.client_id)).toEqual([ids[2], ids[1]]);
    expect(third.json.clients.map((c: { client_id: string }) => c.client_id)).toEqual([ids[0]]);
    expect(third.json.next_cursor).toBeNull();
    expect((await mine("GET", "/clients?limit=0")).status).toBe(400);
    expect((await mine("GET", "/clients?cursor=garbage")).json.errors.cursor).toBeDefined();
  });

  it.each([
    [{ ...web, client_name: "" }, "client_name"],
    [{ ...web, client_name: "x".repeat(101) }, "client_name"],
    [{ ...web, application_type: "desktop" }, "application_type"],
    [{ ...web, redirect_uris: [] }, "redirect_uris"],
    [{ ...web, redirect_uris: ["https://acme.example/cb#x"] }, "redirect_uris"],
    [{ ...web, redirect_uris: ["https://*.acme.example/cb"] }, "redirect_uris"],
    [{ ...web, redirect_uris: ["http://acme.example/cb"] }, "redirect_uris"],
    [{ ...web, redirect_uris: ["/relative"] }, "redirect_uris"],
    [{ ...web, redirect_uris: ["com.acme.app:/cb"] }, "redirect_uris"],
    [{ ...web, redirect_uris: [`https://acme.example/${"a".repeat(2001)}`] }, "redirect_uris"],
    [{ ...web, redirect_uris: Array.from({ length: 21 }, (_, i) => `https://acme.example/${i}`) }, "redirect_uris"],
    [{ ...web, scope: "openid admin" }, "scope"],
    [{ ...web, logo_uri: "http://acme.example/logo.png" }, "logo_uri"],
    [{ ...web, client_uri: "not a url" }, "client_uri"],
    [{ ...web, policy_uri: "http://acme.example/p" }, "policy_uri"],
    [{ ...web, tos_uri: "ftp://acme.example/t" }, "tos_uri"],
    [{ ...web, token_endpoint_auth_method: "none" }, "token_endpoint_auth_method"],
    [{ ...web, grant_types: ["client_credentials"] }, "grant_types"],
    [{ client_name: "M2M", application_type: "m2m", redirect_uris: ["https://acme.example/cb"] }, "redirect_uris"],
  ])("400 with a field error: %#", async (body, field) => {
    const response = await api("POST", "/clients", body);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.json).toMatchObject({ status: 400, title: "Bad Request" });
    expect(response.json.errors[field]?.length).toBeGreaterThan(0);
  });

  it("q finds the caller's own clients by the start of the name or by client_id, paged; bad input is a 400", async () => {
    const mine = apiClient(server.url, await createPat(await createDeveloper("Finder")));
    const names = ["Photo Printer", "Photo Booth", "Notes"];
    const ids = [];
    for (const client_name of names) ids.push((await mine("POST", "/clients", { ...web, client_name })).json.client_id);
    const stranger = apiClient(server.url, await createPat(await createDeveloper("Stranger")));
    await stranger("POST", "/clients", { ...web, client_name: "Photo Other" }); // another owner's: never found
    const names_of = (json: { clients: { client_name: string }[] }) => json.clients.map((c) => c.client_name);
    expect(names_of((await mine("GET", "/clients?q=Photo")).json)).toEqual(["Photo Booth", "Photo Printer"]);
    const paged = await mine("GET", "/clients?q=Photo&limit=1");
    expect(names_of(paged.json)).toEqual(["Photo Booth"]);
    const next = await mine("GET", `/clients?q=Photo&limit=1&cursor=${paged.json.next_cursor}`);
    expect(names_of(next.json)).toEqual(["Photo Printer"]);
    expect(names_of((await mine("GET", `/clients?q=${ids[2]}`)).json)).toEqual(["Notes"]);
    expect((await mine("GET", "/clients?q=photo")).json.clients).toEqual([]); // as written
    const nul = await mine("GET", "/clients?q=Ph%00");
    expect(nul.status).toBe(400);
    expect(nul.json.errors.q).toBeDefined();
  });

  it("400 for a body that is not JSON, 415 for a non-JSON content type, 413 over 64 KB", async () => {
    expect((await api("POST", "/clients", "{not json")).status).toBe(400);
    const form = await api("POST", "/clients", "client_name=x", {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(form.status).toBe(415);
    expect(form.headers.get("content-type")).toBe("application/problem+json");
    const huge = await api("POST", "/clients", { ...web, client_name: "x".repeat(70 * 1024) });
    expect(huge.status).toBe(413);
  });

  it("401 without a token or with a bad one, with WWW-Authenticate: Bearer", async () => {
    const anonymous = apiClient(server.url);
    for (const [method, path] of [
      ["GET", "/clients"],
      ["POST", "/clients"],
      ["GET", "/clients/x"],
      ["PUT", "/clients/x"],
      ["DELETE", "/clients/x"],
    ] as const) {
      const response = await anonymous(method, path, method === "POST" || method === "PUT" ? web : undefined);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
    const forged = apiClient(server.url, "ninka_pat_not-a-real-token");
    expect((await forged("GET", "/clients")).status).toBe(401);
  });

  it("403 for writes with a read-only token; reads work", async () => {
    const { json: created } = await api("POST", "/clients", web);
    expect((await readOnly("GET", "/clients")).status).toBe(200);
    expect((await readOnly("GET", `/clients/${created.client_id}`)).status).toBe(200);
    expect((await readOnly("POST", "/clients", web)).status).toBe(403);
    expect((await readOnly("PUT", `/clients/${created.client_id}`, web)).status).toBe(403);
    expect((await readOnly("DELETE", `/clients/${created.client_id}`)).status).toBe(403);
  });

  it("404 for another owner's client on GET, PUT and DELETE, and it is left intact", async () => {
    const { json: created } = await api("POST", "/clients", web);
    expect((await other("GET", `/clients/${created.client_id}`)).status).toBe(404);
    expect((await other("PUT", `/clients/${created.client_id}`, web)).status).toBe(404);
    expect((await other("DELETE", `/clients/${created.client_id}`)).status).toBe(404);
    expect((await other("GET", "/clients")).json.clients).toEqual([]);
    expect((await api("GET", `/clients/${created.client_id}`)).json.client_name).toBe("Acme Web");
  });

  it("refuses the session cookie route from another origin", async () => {
    const response = await apiClient(server.url)("POST", "/clients", web, { origin: "https://evil.example" });
    expect(response.status).toBe(401);
  });

  it("a client created through the API completes client_credentials at once; deleted, it gets invalid_client", async () => {
    const { json: created } = await api("POST", "/clients", { client_name: "Worker", application_type: "m2m" });
    expect(created.grant_types).toEqual(["client_credentials"]);
    const config = await discover(server.url, created.client_id, created.client_secret);
    const tokens = await oidc.clientCredentialsGrant(config);
    expect(tokens.access_token).toBeTruthy();
    expect(tokens.token_type.toLowerCase()).toBe("bearer");
    const issued = () => getDb().oidcPayload.count({ where: { clientId: created.client_id } });
    expect(await issued()).toBeGreaterThan(0);
    expect((await api("DELETE", `/clients/${created.client_id}`)).status).toBe(204);
    expect(await issued()).toBe(0); // its tokens ended with it
    expect(await oauthError(oidc.clientCredentialsGrant(config))).toEqual({ status: 401, error: "invalid_client" });
  });

  it("serves its OpenAPI 3.1 document at /openapi.json", async () => {
    const response = await fetch(`${server.url}/openapi.json`);
    expect(response.status).toBe(200);
    const doc = await response.json();
    expect(doc.servers).toEqual([{ url: server.url }]);
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
  });
});
