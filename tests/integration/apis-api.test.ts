import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { apiClient, createDeveloper, createPat } from "./support/api-fixtures";
import { useServer, type TestServer } from "./support/use-server";

// The /apis REST API over HTTP, against a real server process on this run's database: the same
// conventions as /clients (problem+json, owner isolation with 404, 413/415, token scopes).
describe("/apis REST API", () => {
  const database = useServer();
  let server: TestServer;
  let api: ReturnType<typeof apiClient>;
  let other: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    server = database.server();
    api = apiClient(
      server.url,
      await createPat(await createDeveloper("Alice"), ["apis:read", "apis:write", "clients:read", "clients:write"]),
    );
    other = apiClient(
      server.url,
      await createPat(await createDeveloper("Bob"), ["apis:read", "apis:write", "clients:read", "clients:write"]),
    );
  });

  // Scope values and identifiers are unique across the instance: each test makes its own.
  const photos = () => {
    const tag = randomUUID().slice(0, 8);
    return {
      name: "Photos API",
      identifier: `https://photos-${tag}.example/api`,
      description: "Albums and pictures",
      scopes: [
        { value: `photos-${tag}.read`, description: "See your photo albums" },
        { value: `photos-${tag}.write`, description: "Add pictures to your albums" },
      ],
    };
  };

  it("creates an API: 201, Location, the fields of the body plus id and timestamps, defaults", async () => {
    const body = photos();
    const created = await api("POST", "/apis", body);
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`/apis/${created.json.id}`);
    expect(created.json).toEqual({
      ...body,
      id: expect.any(String),
      access_token_ttl: 3600,
      signing_alg: "ES256",
      created_at: expect.any(String),
      updated_at: expect.any(String),
      owner: { type: "user", id: expect.any(String), name: expect.any(String) },
    });
    expect((await api("GET", `/apis/${created.json.id}`)).json).toEqual(created.json);
  });

  it("replaces settings and scopes with PUT; the identifier cannot change", async () => {
    const body = photos();
    const { json: created } = await api("POST", "/apis", body);
    const scopes = [body.scopes[1]!, { value: `${body.scopes[0]!.value}.extra`, description: "More" }];
    const updated = await api("PUT", `/apis/${created.id}`, {
      ...body,
      name: "Pictures",
      scopes,
      access_token_ttl: 600,
      signing_alg: "RS256",
    });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({
      id: created.id,
      name: "Pictures",
      scopes,
      access_token_ttl: 600,
      signing_alg: "RS256",
      description: "Albums and pictures",
    });
    const moved = await api("PUT", `/apis/${created.id}`, { ...body, identifier: "https://elsewhere.example" });
    expect(moved.status).toBe(400);
    expect(moved.json.errors.identifier[0]).toMatch(/cannot be changed/);
  });

  it("lists the owner's APIs newest first, with cursor pagination", async () => {
    const mine = apiClient(server.url, await createPat(await createDeveloper("Lister"), ["apis:read", "apis:write"]));
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await mine("POST", "/apis", photos())).json.id);
    const first = await mine("GET", "/apis?limit=2");
    expect(first.status).toBe(200);
    expect(first.json.apis.map((a: { id: string }) => a.id)).toEqual([ids[2], ids[1]]);
    const second = await mine("GET", `/apis?limit=2&cursor=${first.json.next_cursor}`);
    expect(second.json).toMatchObject({ apis: [{ id: ids[0] }], next_cursor: null });
    expect((await mine("GET", "/apis?cursor=garbage")).json.errors.cursor).toBeDefined();
  });

  it("keeps identifiers and scope values unique across owners", async () => {
    const body = photos();
    expect((await api("POST", "/apis", body)).status).toBe(201);
    const sameIdentifier = await other("POST", "/apis", { ...photos(), identifier: body.identifier });
    expect(sameIdentifier.status).toBe(400);
    expect(sameIdentifier.json.errors.identifier[0]).toMatch(/already registered/);
    const sameScope = await other("POST", "/apis", { ...photos(), scopes: [body.scopes[0]] });
    expect(sameScope.status).toBe(400);
    expect(sameScope.json.errors.scopes[0]).toMatch(/already a scope of another API/);
  });

  const scope = (value: unknown, description: unknown = "Do something") => ({ value, description });
  it.each([
    [{ name: "" }, "name"],
    [{ name: "x".repeat(101) }, "name"],
    [{ name: "Two\nlines" }, "name"],
    [{ name: 42 }, "name"],
    [{ identifier: undefined }, "identifier"],
    [{ identifier: "http://photos.example" }, "identifier"],
    [{ identifier: "photos" }, "identifier"],
    [{ identifier: "https://photos.example/#x" }, "identifier"],
    [{ identifier: "https://user:pw@photos.example" }, "identifier"],
    [{ identifier: `https://photos.example/${"a".repeat(300)}` }, "identifier"],
    [{ identifier: "https://photos.example/\u0000" }, "identifier"],
    [{ description: "x".repeat(501) }, "description"],
    [{ description: "nul\u0000byte" }, "description"],
    [{ scopes: "photos.read" }, "scopes"],
    [{ scopes: [scope("photos read")] }, "scopes"],
    [{ scopes: [scope(".read")] }, "scopes"],
    [{ scopes: [scope("x".repeat(101))] }, "scopes"],
    [{ scopes: [scope("openid")] }, "scopes"],
    [{ scopes: [scope("dup.read"), scope("dup.read")] }, "scopes"],
    [{ scopes: [scope("a.read", "")] }, "scopes"],
    [{ scopes: [scope("a.read", "x".repeat(201))] }, "scopes"],
    [{ scopes: [scope("a.read", "two\nlines")] }, "scopes"],
    [{ scopes: [scope(7, 8)] }, "scopes"],
    [{ scopes: Array.from({ length: 51 }, (_, i) => scope(`s${i}.read`)) }, "scopes"],
    [{ access_token_ttl: 59 }, "access_token_ttl"],
    [{ access_token_ttl: 86401 }, "access_token_ttl"],
    [{ access_token_ttl: 90.5 }, "access_token_ttl"],
    [{ access_token_ttl: "3600" }, "access_token_ttl"],
    [{ signing_alg: "HS256" }, "signing_alg"],
    [{ signing_alg: "none" }, "signing_alg"],
  ])("400 with a field error: %o", async (change, field) => {
    const response = await api("POST", "/apis", { ...photos(), ...change });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.json.errors[field]?.length).toBeGreaterThan(0);
  });

  it("never answers 5xx to malformed bodies; 400 for bad JSON, 415 for a non-JSON type, 413 over 64 KB", async () => {
    const { json: created } = await api("POST", "/apis", photos());
    for (const body of [
      "{not json",
      "[]",
      "null",
      "42",
      '"text"',
      JSON.stringify({ scopes: [null] }),
      JSON.stringify({ scopes: { 0: 1 } }),
      JSON.stringify({ name: ["x"] }),
    ]) {
      for (const [method, path] of [
        ["POST", "/apis"],
        ["PUT", `/apis/${created.id}`],
        ["PUT", `/apis/${created.id}/clients/nope`],
      ] as const) {
        const response = await api(method, path, body);
        expect(response.status, `${method} ${path} ${body}`).toBeGreaterThanOrEqual(400);
        expect(response.status, `${method} ${path} ${body}`).toBeLessThan(500);
      }
    }
    expect((await api("POST", "/apis", "name=x", { "content-type": "application/x-www-form-urlencoded" })).status).toBe(
      415,
    );
    expect((await api("POST", "/apis", { ...photos(), description: "x".repeat(70 * 1024) })).status).toBe(413);
  });

  it("404 for another owner's API on every route, which is left intact", async () => {
    const body = photos();
    const { json: created } = await api("POST", "/apis", body);
    const { json: app } = await other("POST", "/clients", {
      client_name: "Worker",
      application_type: "m2m",
      scope: body.scopes[0]!.value,
    });
    for (const [method, path, payload] of [
      ["GET", `/apis/${created.id}`],
      ["PUT", `/apis/${created.id}`, body],
      ["DELETE", `/apis/${created.id}`],
      ["GET", `/apis/${created.id}/clients`],
      ["PUT", `/apis/${created.id}/clients/${app.client_id}`, { scopes: [body.scopes[0]!.value] }],
      ["DELETE", `/apis/${created.id}/clients/${app.client_id}`],
    ] as const) {
      const response = await other(method, path, payload);
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
    expect((await other("GET", "/apis")).json.apis.map((a: { id: string }) => a.id)).not.toContain(created.id);
    expect((await api("GET", `/apis/${created.id}`)).json).toEqual(created);
    expect((await api("GET", `/apis/${created.id}/clients`)).json.clients).toEqual([
      {
        client_id: app.client_id,
        client_name: "Worker",
        developer: "example.test",
        requested_scopes: [body.scopes[0]!.value],
        approved_scopes: [],
      },
    ]);
  });

  it("needs apis:read to read and apis:write to change; a clients-only token gets 403", async () => {
    const owner = await createDeveloper("Scoped");
    const reader = apiClient(server.url, await createPat(owner, ["apis:read"]));
    const clientsOnly = apiClient(server.url, await createPat(owner, ["clients:read", "clients:write"]));
    const writer = apiClient(server.url, await createPat(owner, ["apis:write"]));
    const { json: created } = await writer("POST", "/apis", photos());
    expect((await reader("GET", `/apis/${created.id}`)).status).toBe(200);
    expect((await reader("GET", `/apis/${created.id}/clients`)).status).toBe(200);
    expect((await reader("POST", "/apis", photos())).status).toBe(403);
    expect((await reader("DELETE", `/apis/${created.id}`)).status).toBe(403);
    expect((await reader("PUT", `/apis/${created.id}/clients/x`, { scopes: [] })).status).toBe(403);
    expect((await clientsOnly("GET", "/apis")).status).toBe(403);
    expect((await writer("GET", "/apis")).status).toBe(403);
    const anonymous = await apiClient(server.url)("GET", "/apis");
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it("approvals: only the API's scopes an app asked for; PUT replaces, DELETE removes (204)", async () => {
    const body = photos();
    const [read, write] = body.scopes.map((s) => s.value) as [string, string];
    const { json: created } = await api("POST", "/apis", body);
    const { json: worker } = await other("POST", "/clients", {
      client_name: "Worker",
      application_type: "m2m",
      scope: read,
    });
    const { json: web } = await other("POST", "/clients", {
      client_name: "Web",
      application_type: "web",
      redirect_uris: ["https://w.example/cb"],
      scope: `openid ${read}`,
    });
    const path = `/apis/${created.id}/clients/${worker.client_id}`;
    expect((await api("PUT", path, { scopes: [write] })).json.errors.scopes[0]).toMatch(
      /was not requested by this app/,
    );
    expect((await api("PUT", path, { scopes: ["openid"] })).json.errors.scopes[0]).toMatch(
      /is not a scope of Photos API/,
    );
    expect((await api("PUT", path, { scopes: "nope" })).json.errors.scopes).toBeDefined();
    // A web app does not use client_credentials: it is not among the apps to approve.
    expect((await api("PUT", `/apis/${created.id}/clients/${web.client_id}`, { scopes: [read] })).status).toBe(404);
    const approved = await api("PUT", path, { scopes: [read] });
    expect(approved.status).toBe(200);
    expect(approved.json).toMatchObject({
      client_id: worker.client_id,
      requested_scopes: [read],
      approved_scopes: [read],
    });
    expect((await api("GET", `/apis/${created.id}/clients`)).json.clients[0].approved_scopes).toEqual([read]);
    expect((await api("DELETE", path)).status).toBe(204);
    expect((await api("GET", `/apis/${created.id}/clients`)).json.clients[0].approved_scopes).toEqual([]);
    expect((await api("DELETE", `/apis/${created.id}/clients/not-an-app`)).status).toBe(404);
  });

  it("/clients accepts registered API scopes beside the OIDC ones, and refuses unknown ones on `scope`", async () => {
    const body = photos();
    await api("POST", "/apis", body);
    const web = { client_name: "Web", application_type: "web", redirect_uris: ["https://w.example/cb"] };
    const ok = await other("POST", "/clients", { ...web, scope: `openid ${body.scopes[1]!.value}` });
    expect(ok.status).toBe(201);
    expect(ok.json.scope).toBe(`openid ${body.scopes[1]!.value}`);
    for (const unknown of ["photos.nonexistent", "bad scope!"]) {
      const refused = await other("POST", "/clients", { ...web, scope: `openid ${unknown}` });
      expect(refused.status).toBe(400);
      expect(refused.json.errors.scope[0]).toMatch(/offers no scope named/);
    }
    const updated = await other("PUT", `/clients/${ok.json.client_id}`, { ...web, scope: "openid photos.gone" });
    expect(updated.status).toBe(400);
    expect(updated.json.errors.scope[0]).toMatch(/photos\.gone/);
  });

  it("removing a scope that apps hold, or the API, answers 409 naming them until confirmed; then it leaves those apps", async () => {
    const body = photos();
    const [read, write] = body.scopes.map((s) => s.value) as [string, string];
    const { json: created } = await api("POST", "/apis", body);
    const { json: app } = await other("POST", "/clients", {
      client_name: "Worker",
      application_type: "m2m",
      scope: `${read} ${write}`,
    });
    const { json: reader } = await other("POST", "/clients", {
      client_name: "Reader",
      application_type: "m2m",
      scope: read,
    });
    const withoutWrite = { ...body, scopes: [body.scopes[0]] };

    const refused = await api("PUT", `/apis/${created.id}`, withoutWrite);
    expect(refused.status).toBe(409);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(refused.json.detail).toContain(app.client_id);
    // Only the apps that lose something are named (Reader holds only the scope that stays).
    expect(refused.json.affected_clients).toEqual([
      { client_id: app.client_id, client_name: "Worker", scopes: [write] },
    ]);
    // Nothing changed: the API keeps both scopes and the app keeps both.
    expect((await api("GET", `/apis/${created.id}`)).json.scopes.map((s: { value: string }) => s.value)).toEqual([
      read,
      write,
    ]);
    expect((await other("GET", `/clients/${app.client_id}`)).json).toMatchObject({ scope: `${read} ${write}` });
    expect((await api("PUT", `/apis/${created.id}?confirm=yes`, withoutWrite)).json.errors.confirm).toBeDefined();
    expect((await api("PUT", `/apis/${created.id}?confirm=false`, withoutWrite)).status).toBe(409);

    const confirmed = await api("PUT", `/apis/${created.id}?confirm=true`, withoutWrite);
    expect(confirmed.status).toBe(200);
    expect(confirmed.json.scopes).toEqual([body.scopes[0]]);
    expect((await other("GET", `/clients/${app.client_id}`)).json).toMatchObject({ scope: read });
    expect((await other("GET", `/clients/${reader.client_id}`)).json).toMatchObject({ scope: read });
    // A scope no app holds goes without confirmation.
    const added = { ...body, scopes: [body.scopes[0], { value: `${write}2`, description: "Unused" }] };
    expect((await api("PUT", `/apis/${created.id}`, added)).status).toBe(200);
    expect((await api("PUT", `/apis/${created.id}`, withoutWrite)).status).toBe(200);
    // Deleting the API removes its scopes too: the same confirmation.
    const kept = await api("DELETE", `/apis/${created.id}`);
    expect(kept.status).toBe(409);
    expect(kept.json.affected_clients.map((c: { client_id: string }) => c.client_id).sort()).toEqual(
      [app.client_id, reader.client_id].sort(),
    );
    expect((await api("GET", `/apis/${created.id}`)).status).toBe(200);
    expect((await api("DELETE", `/apis/${created.id}?confirm=true`)).status).toBe(204);
    expect((await api("GET", `/apis/${created.id}`)).status).toBe(404);
    expect((await api("DELETE", `/apis/${created.id}`)).status).toBe(404);
    expect((await other("GET", `/clients/${app.client_id}`)).json).toMatchObject({ scope: "" });
    expect((await other("GET", `/clients/${reader.client_id}`)).json).toMatchObject({ scope: "" });
  });
});
