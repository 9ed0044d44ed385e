import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { createToken } from "@/lib/portal/personal-access-tokens/create-token";
import { apiClient, createDeveloper, createPat } from "./support/api-fixtures";
import { useServer, type TestServer } from "./support/use-server";

// NUL and other C0 control characters in any text field: a 400 naming the field on both
// databases (PostgreSQL refuses U+0000 in text, SQLite would store it), nothing written.
describe("control characters in text input", () => {
  const database = useServer();
  let server: TestServer;
  let api: ReturnType<typeof apiClient>;
  let alice: Awaited<ReturnType<typeof createDeveloper>>;

  beforeAll(async () => {
    server = database.server();
    alice = await createDeveloper("Alice");
    api = apiClient(server.url, await createPat(alice, ["clients:read", "clients:write", "apis:read", "apis:write"]));
  });

  const web = {
    client_name: "Acme",
    application_type: "web",
    redirect_uris: ["https://acme.example/cb"],
    scope: "openid",
  };

  it.each([
    ["client_name", { ...web, client_name: "a\u0000b" }],
    ["client_name", { ...web, client_name: "a\u001bb" }],
    ["scope", { ...web, scope: "openid\u0000" }],
    ["redirect_uris", { ...web, redirect_uris: ["https://acme.example/c\u0000b"] }],
    ["logo_uri", { ...web, logo_uri: "https://acme.example/\u0000.png" }],
  ])("POST /clients refuses a control character in %s with a 400 naming it", async (field, body) => {
    const before = await getDb().client.count({ where: { ownerId: alice.id } });
    const response = await api("POST", "/clients", body);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(Object.keys(response.json.errors ?? {})).toContain(field);
    expect(await getDb().client.count({ where: { ownerId: alice.id } })).toBe(before);
  });

  it("PUT /clients/{id} refuses a NUL in client_name", async () => {
    const created = await api("POST", "/clients", web);
    expect(created.status).toBe(201);
    const response = await api("PUT", `/clients/${created.json.client_id}`, { ...web, client_name: "x\u0000" });
    expect(response.status).toBe(400);
    expect(response.json.errors).toHaveProperty("client_name");
  });

  it.each([
    ["name", { name: "A\u0000PI", identifier: "https://api.example/one" }],
    ["identifier", { name: "API", identifier: "https://api.example/\u0000" }],
    ["description", { name: "API", identifier: "https://api.example/two", description: "x\u0000y" }],
  ])("POST /apis refuses a control character in %s", async (field, body) => {
    const response = await api("POST", "/apis", body);
    expect(response.status).toBe(400);
    expect(Object.keys(response.json.errors ?? {})).toContain(field);
  });

  it("allows newlines and tabs in an API's description, which is documented as multi-line", async () => {
    const response = await api("POST", "/apis", {
      name: "Multi",
      identifier: "https://api.example/multi",
      description: "line one\n\tline two",
    });
    expect(response.status).toBe(201);
  });

  it("refuses a control character in a personal access token's name", async () => {
    const before = await getDb().personalAccessToken.count({ where: { userId: alice.id } });
    await expect(createToken(alice, { name: "ci\u0000", scopes: ["clients:read"] })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { name: [expect.stringContaining("control")] },
    });
    expect(await getDb().personalAccessToken.count({ where: { userId: alice.id } })).toBe(before);
  });

  it("refuses a control character in a query parameter (cursor)", async () => {
    const response = await api("GET", "/clients?cursor=%00");
    expect(response.status).toBe(400);
  });
});
