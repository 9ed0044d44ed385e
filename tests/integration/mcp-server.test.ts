import { randomUUID } from "node:crypto";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { UnauthorizedError } from "@modelcontextprotocol/sdk/client/auth.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { decodeJwt, decodeProtectedHeader } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { apiClient, createDeveloper, createPat } from "./support/api-fixtures";
import { Browser } from "./support/browser";
import { startDocumentServer, type DocumentServer } from "./support/document-server";
import { MemoryProvider } from "./support/mcp-memory-provider";
import { testCertificate } from "./support/test-certificate";
import { startExampleMcpServer, type ExampleMcpServer } from "./support/example-mcp-server";
import { runNinkaCli } from "./support/run-ninka-cli";
import { freePort } from "./support/start-server";
import { useOwnServer } from "./support/use-own-server";

// Ninka as the authorization server of an MCP server (examples/mcp-server), driven end to end by
// the MCP TypeScript SDK's own client and OAuth client provider: discovery from the 401 (RFC 9728),
// dynamic registration with a developer's initial access token (RFC 7591), the user's sign-in and
// consent, a token for the MCP server (RFC 8707, RFC 9068), a tool call that succeeds and one
// whose scope was not granted that is refused; then the same client identifying itself by a client
// ID metadata document instead of registering, and the rules such documents meet.
describe("an MCP server protected by Ninka, with the MCP SDK's client", () => {
  let documents: DocumentServer;
  // The documents' server is on 127.0.0.1 with the test CA's certificate: allowed for this test
  // only, as NINKA_OUTBOUND_ALLOW and NINKA_OUTBOUND_CA_FILE exist for (ARCHITECTURE.md "Outbound fetches").
  const { database, server } = useOwnServer(async () => {
    documents = await startDocumentServer();
    return {
      NINKA_OUTBOUND_ALLOW: new URL(documents.origin).host,
      NINKA_OUTBOUND_CA_FILE: (await testCertificate()).caFile,
    };
  });
  let mcp: ExampleMcpServer;
  let resource: string;
  let apiId: string;
  let developer: ReturnType<typeof apiClient>;
  const tag = randomUUID().slice(0, 8);
  const scopes = { read: `notes-${tag}.read`, write: `notes-${tag}.write` };

  beforeAll(async () => {
    const set = await runNinkaCli(["settings", "dcr", "token"], database.current().env);
    expect(set.code, set.stderr).toBe(0);
    developer = apiClient(
      server().url,
      await createPat(await createDeveloper("Maya"), ["apis:read", "apis:write", "clients:read", "clients:write"]),
    );
    resource = `http://127.0.0.1:${await freePort()}/mcp`;
    const api = await developer("POST", "/apis", {
      name: "Notes",
      identifier: resource,
      scopes: [
        { value: scopes.read, description: "Read your notes" },
        { value: scopes.write, description: "Add notes" },
      ],
    });
    expect(api.status, JSON.stringify(api.json)).toBe(201);
    apiId = api.json.id;
    mcp = await startExampleMcpServer({
      issuer: `${server().url}/oauth`,
      resource,
      readScope: scopes.read,
      writeScope: scopes.write,
    });
  });
  afterAll(async () => {
    await mcp?.stop();
    await documents?.stop();
  });

  it("answers 401 pointing at its RFC 9728 document, which is the one Ninka's REST API gives", async () => {
    const refused = await fetch(resource, { method: "POST" });
    expect(refused.status).toBe(401);
    const challenge = refused.headers.get("www-authenticate")!;
    const metadataUrl = challenge.match(/resource_metadata="([^"]+)"/)?.[1];
    expect(metadataUrl).toBe(`${new URL(resource).origin}/.well-known/oauth-protected-resource/mcp`);
    const served = await (await fetch(metadataUrl!)).json();
    const fromNinka = await developer("GET", `/apis/${apiId}/protected-resource-metadata`);
    expect(served).toEqual(fromNinka.json);
  });

  it("registers, gets the user's consent, calls a tool it may and is refused one it may not", async () => {
    const { token: initialAccessToken } = (
      await developer("POST", "/registration-tokens", { name: "MCP client", expires_in: 600 })
    ).json;
    const registrationEndpoint = `${server().url}/oauth/reg`;
    // The SDK registers without credentials; an initial access token (RFC 7591 §3) travels as
    // a bearer header on that one request, through the transport's fetch.
    const fetchWithToken: typeof fetch = (url, init) => {
      if (String(url) !== registrationEndpoint) return fetch(url, init);
      const headers = new Headers(init?.headers);
      headers.set("authorization", `Bearer ${initialAccessToken}`);
      return fetch(url, { ...init, headers });
    };
    const provider = new MemoryProvider("http://127.0.0.1:9/callback");
    const connect = async () => {
      const client = new Client({ name: "ninka-test", version: "1.0.0" });
      await client.connect(
        new StreamableHTTPClientTransport(new URL(resource), { authProvider: provider, fetch: fetchWithToken }),
      );
      return client;
    };

    // The 401 starts discovery and registration; the SDK then hands over the authorization URL.
    await expect(connect()).rejects.toThrow(UnauthorizedError);
    const clientId = provider.clientInformation()!.client_id;
    const row = await getDb().client.findUniqueOrThrow({ where: { id: clientId } });
    expect(row.registeredVia).toBe("token");
    const authorizationUrl = provider.authorizationUrl!;
    expect(authorizationUrl.searchParams.get("resource")).toBe(resource);
    expect(authorizationUrl.searchParams.get("code_challenge_method")).toBe("S256");

    // The user signs in and consents; the consent screen says the app registered itself.
    const user = await createDeveloper("Uma");
    const browser = new Browser(server().url, { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 200)}` });
    let page = await browser.visit(authorizationUrl.href);
    page = await browser.submit(page, "/login", { email: user.email, password: user.password });
    expect(page.html).toContain("This app registered itself. Ninka has not reviewed it.");
    expect(page.html).toContain("127.0.0.1:9");
    page = await browser.submit(page, "/consent", { decision: "allow" });
    expect(page.status).toBe(0);
    const code = new URL(page.url).searchParams.get("code")!;
    const finishing = new StreamableHTTPClientTransport(new URL(resource), {
      authProvider: provider,
      fetch: fetchWithToken,
    });
    await finishing.finishAuth(code);

    const accessToken = provider.tokens()!.access_token;
    expect(decodeProtectedHeader(accessToken).typ).toBe("at+jwt");
    expect(decodeJwt(accessToken)).toMatchObject({ aud: resource, client_id: clientId, scope: scopes.read });

    const client = await connect();
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(["add_note", "list_notes"]);
    const listed = await client.callTool({ name: "list_notes" });
    expect(listed.content).toEqual([{ type: "text", text: "Buy milk" }]);

    // add_note needs the write scope, which was not granted: 403 insufficient_scope naming it.
    await expect(client.callTool({ name: "add_note", arguments: { text: "Call Ada" } })).rejects.toThrow();
    const refused = await fetch(resource, {
      method: "POST",
      headers: {
        authorization: `Bearer ${accessToken}`,
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
      },
      body: JSON.stringify({
        jsonrpc: "2.0",
        id: 1,
        method: "tools/call",
        params: { name: "add_note", arguments: { text: "x" } },
      }),
    });
    expect(refused.status).toBe(403);
    expect(refused.headers.get("www-authenticate")).toContain(`error="insufficient_scope", scope="${scopes.write}"`);
    expect((await client.callTool({ name: "list_notes" })).content).toEqual([{ type: "text", text: "Buy milk" }]);
    await client.close();
  });

  it("identifies itself by a client ID metadata document instead of registering", async () => {
    const provider = new MemoryProvider("http://127.0.0.1:9/callback");
    provider.clientMetadataUrl = documents.serve("/notes-agent.json", (url) => ({
      client_id: url,
      ...provider.clientMetadata,
      scope: `${scopes.read} ${scopes.write}`,
    }));
    const connect = async () => {
      const client = new Client({ name: "ninka-test", version: "1.0.0" });
      await client.connect(new StreamableHTTPClientTransport(new URL(resource), { authProvider: provider }));
      return client;
    };
    await expect(connect()).rejects.toThrow(UnauthorizedError);
    // No registration: the document's URL is the client_id, and Ninka stores no app for it.
    expect(provider.clientInformation()!.client_id).toBe(provider.clientMetadataUrl);
    expect(provider.authorizationUrl!.searchParams.get("client_id")).toBe(provider.clientMetadataUrl);
    expect(await getDb().client.count({ where: { id: provider.clientMetadataUrl } })).toBe(0);

    const user = await createDeveloper("Ines");
    const browser = new Browser(server().url, { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 200)}` });
    let page = await browser.visit(provider.authorizationUrl!.href);
    page = await browser.submit(page, "/login", { email: user.email, password: user.password });
    const text = page.html.replace(/<[^>]+>/g, "");
    expect(text).toContain(`Registered by ${new URL(documents.origin).host}: this app describes itself`);
    expect(text).toContain("Notes agent");
    page = await browser.submit(page, "/consent", { decision: "allow" });
    await new StreamableHTTPClientTransport(new URL(resource), { authProvider: provider }).finishAuth(
      new URL(page.url).searchParams.get("code")!,
    );
    const claims = decodeJwt(provider.tokens()!.access_token);
    expect(claims).toMatchObject({ aud: resource, client_id: provider.clientMetadataUrl });
    const client = await connect();
    expect((await client.callTool({ name: "list_notes" })).content).toEqual([{ type: "text", text: "Buy milk" }]);
    await client.close();
  });

  it("holds documents to Ninka's client rules and to the instance setting", async () => {
    const authorize = (clientId: string) => {
      const url = new URL(`${server().url}/oauth/authorize`);
      const params = {
        client_id: clientId,
        response_type: "code",
        redirect_uri: "http://127.0.0.1:9/callback",
        scope: "openid",
        code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGEqPyYRx0",
        code_challenge_method: "S256",
      };
      for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
      return fetch(url, { redirect: "manual" });
    };
    const document = (extra: Record<string, unknown>) => (url: string) => ({
      client_id: url,
      client_name: "Rule test",
      redirect_uris: ["http://127.0.0.1:9/callback"],
      token_endpoint_auth_method: "none",
      ...extra,
    });
    const good = documents.serve("/good.json", document({}));
    expect((await authorize(good)).status).toBe(303);

    // Ninka's redirect URI rule (http only on loopback), a first-party claim, an unknown API scope.
    for (const [path, extra] of [
      ["/http-redirect.json", { redirect_uris: ["http://apps.example.com/callback"] }],
      ["/first-party.json", { ninka_first_party: true }],
      ["/unknown-scope.json", { scope: "openid nobody.read" }],
    ] as const) {
      const response = await authorize(documents.serve(path, document(extra)));
      expect(response.status, path).toBe(400);
      expect(response.headers.get("location"), path).toBeNull();
    }

    // The instance setting: a denied host is refused, even with its document cached; off is off.
    const deny = await runNinkaCli(
      ["settings", "client-id-documents", "auto", "--deny-hosts", new URL(documents.origin).hostname],
      database.current().env,
    );
    expect(deny.code, deny.stderr).toBe(0);
    expect((await authorize(good)).status).toBe(400);
    const off = await runNinkaCli(["settings", "client-id-documents", "off"], database.current().env);
    expect(off.code, off.stderr).toBe(0);
    const fetched = documents.requests("/never.json");
    expect((await authorize(documents.serve("/never.json", document({})))).status).toBe(400);
    expect(documents.requests("/never.json")).toBe(fetched);
    const discovery = await (await fetch(`${server().url}/oauth/.well-known/openid-configuration`)).json();
    expect(discovery.client_id_metadata_document_supported).toBeUndefined();
    await runNinkaCli(["settings", "client-id-documents", "auto"], database.current().env);
    const again = await (await fetch(`${server().url}/oauth/.well-known/openid-configuration`)).json();
    expect(again.client_id_metadata_document_supported).toBe(true);
  });
});
