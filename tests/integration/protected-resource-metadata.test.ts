import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { apiClient, createDeveloper, createPat } from "./support/api-fixtures";
import { useServer, type TestServer } from "./support/use-server";

// GET /apis/{apiId}/protected-resource-metadata (RFC 9728 §2) over HTTP: the document an API's
// server publishes, owner-scoped and scope-checked like every /apis operation.
describe("GET /apis/{apiId}/protected-resource-metadata", () => {
  const database = useServer();
  let server: TestServer;
  let alice: ReturnType<typeof apiClient>;
  let bob: ReturnType<typeof apiClient>;
  let aliceClientsOnly: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    server = database.server();
    const developer = await createDeveloper("Alice");
    alice = apiClient(server.url, await createPat(developer, ["apis:read", "apis:write"]));
    aliceClientsOnly = apiClient(server.url, await createPat(developer, ["clients:read"]));
    bob = apiClient(server.url, await createPat(await createDeveloper("Bob"), ["apis:read", "apis:write"]));
  });

  const createApi = async () => {
    const tag = randomUUID().slice(0, 8);
    const created = await alice("POST", "/apis", {
      name: "Notes MCP",
      identifier: `https://notes-${tag}.example/mcp`,
      scopes: [
        { value: `notes-${tag}.read`, description: "Read your notes" },
        { value: `notes-${tag}.write`, description: "Write notes" },
      ],
    });
    expect(created.status).toBe(201);
    return created.json as { id: string; identifier: string; scopes: { value: string }[] };
  };

  it("answers the RFC 9728 document: the identifier, Ninka's issuer, the API's scopes, header bearer", async () => {
    const api = await createApi();
    const answer = await alice("GET", `/apis/${api.id}/protected-resource-metadata`);
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      resource: api.identifier,
      authorization_servers: [`${server.url}/oauth`],
      scopes_supported: api.scopes.map((scope) => scope.value),
      bearer_methods_supported: ["header"],
      resource_name: "Notes MCP",
    });
    // The issuer named is the one whose discovery document exists.
    const discovery = await fetch(`${answer.json.authorization_servers[0]}/.well-known/openid-configuration`);
    expect((await discovery.json()).issuer).toBe(answer.json.authorization_servers[0]);
  });

  it("is owner-scoped: another developer's API, an unknown id and a malformed one answer 404", async () => {
    const api = await createApi();
    for (const [client, id] of [
      [bob, api.id],
      [alice, randomUUID()],
      [alice, "not an id"],
    ] as const) {
      const answer = await client("GET", `/apis/${encodeURIComponent(id)}/protected-resource-metadata`);
      expect(answer.status).toBe(404);
      expect(answer.headers.get("content-type")).toContain("application/problem+json");
    }
  });

  it("needs apis:read; without credentials 401; other methods 405", async () => {
    const api = await createApi();
    const path = `/apis/${api.id}/protected-resource-metadata`;
    expect((await aliceClientsOnly("GET", path)).status).toBe(403);
    const anonymous = await apiClient(server.url)("GET", path);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const post = await alice("POST", path, {});
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });

  it("is in the OpenAPI document", async () => {
    const document = await (await fetch(`${server.url}/openapi.json`)).json();
    const operation = document.paths["/apis/{apiId}/protected-resource-metadata"]?.get;
    expect(operation?.responses["200"].content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/ProtectedResourceMetadata",
    });
  });
});
