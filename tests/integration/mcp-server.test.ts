import { randomUUID } from "node:crypto";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { UnauthorizedError, type OAuthClientProvider } from "@modelcontextprotocol/sdk/client/auth.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { OAuthClientInformationMixed, OAuthTokens } from "@modelcontextprotocol/sdk/shared/auth.js";
import { decodeJwt, decodeProtectedHeader } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { apiClient, createDeveloper, createPat } from "./support/api-fixtures";
import { Browser } from "./support/browser";
import { startExampleMcpServer, type ExampleMcpServer } from "./support/example-mcp-server";
import { runNinkaCli } from "./support/run-ninka-cli";
import { freePort } from "./support/start-server";
import { useOwnServer } from "./support/use-own-server";

// Ninka as the authorization server of an MCP server (examples/mcp-server), driven end to end by
// the MCP TypeScript SDK's own client and OAuth client provider: discovery from the 401 (RFC 9728),
// dynamic registration with a developer's initial access token (RFC 7591), the user's sign-in and
// consent, a token for the MCP server (RFC 8707, RFC 9068), a tool call that succeeds and one
// whose scope was not granted that is refused.
describe("an MCP server protected by Ninka, with the MCP SDK's client", () => {
  const { database, server } = useOwnServer();
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
});

/** The SDK's OAuth client provider, kept in memory; the authorization URL is left for the test to visit. */
class MemoryProvider implements OAuthClientProvider {
  authorizationUrl?: URL;
  private information?: OAuthClientInformationMixed;
  private saved?: OAuthTokens;
  private verifier = "";
  constructor(readonly redirectUrl: string) {}
  get clientMetadata() {
    return {
      client_name: "Notes agent",
      redirect_uris: [this.redirectUrl],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "none",
    };
  }
  clientInformation() {
    return this.information;
  }
  saveClientInformation(information: OAuthClientInformationMixed) {
    this.information = information;
  }
  tokens() {
    return this.saved;
  }
  saveTokens(tokens: OAuthTokens) {
    this.saved = tokens;
  }
  redirectToAuthorization(url: URL) {
    this.authorizationUrl = url;
  }
  saveCodeVerifier(verifier: string) {
    this.verifier = verifier;
  }
  codeVerifier() {
    return this.verifier;
  }
}
