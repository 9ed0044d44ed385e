import { randomUUID } from "node:crypto";
import { decodeJwt, decodeProtectedHeader } from "jose";
import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listClientApiAccess } from "@/lib/portal/api-clients/list-client-api-access";
import { listGrants } from "@/lib/portal/grants/list-grants";
import { apiClient, createDeveloper, createPat } from "./support/api-fixtures";
import { authorize, consentScopesOf } from "./support/authorize";
import { Browser } from "./support/browser";
import { startExampleApi, type ExampleApi } from "./support/example-api";
import { discover, oauthError } from "./support/oauth";
import { useServer, type TestServer } from "./support/use-server";

// Tokens for registered APIs end to end: openid-client is the app, the example resource server
// of examples/ is the API (a real process checking signatures against Ninka's JWKS), the user's
// browser signs in and answers the consent screen.
const REDIRECT = "https://app.example/callback";

describe("access tokens for APIs (RFC 8707 resource indicators, RFC 9068 JWTs)", () => {
  const database = useServer();
  let server: TestServer;
  let owner: ReturnType<typeof apiClient>;
  let developer: ReturnType<typeof apiClient>;
  let maker: Awaited<ReturnType<typeof createDeveloper>>;
  let photosApi: ExampleApi;
  let notesApi: ExampleApi;
  const tag = randomUUID().slice(0, 8);
  const photos = {
    identifier: `https://photos-${tag}.example`,
    read: `photos-${tag}.read`,
    write: `photos-${tag}.write`,
    id: "",
  };
  const notes = { identifier: `https://notes-${tag}.example`, read: `notes-${tag}.read`, id: "" };

  beforeAll(async () => {
    server = database.server();
    owner = apiClient(server.url, await createPat(await createDeveloper("Owner"), ["apis:read", "apis:write"]));
    maker = await createDeveloper("Maker");
    developer = apiClient(server.url, await createPat(maker, ["clients:read", "clients:write"]));
    photos.id = (
      await owner("POST", "/apis", {
        name: "Photos API",
        identifier: photos.identifier,
        scopes: [
          { value: photos.read, description: "See your photo albums" },
          { value: photos.write, description: "Add pictures to your albums" },
        ],
        access_token_ttl: 900,
      })
    ).json.id;
    notes.id = (
      await owner("POST", "/apis", {
        name: "Notes API",
        identifier: notes.identifier,
        scopes: [{ value: notes.read, description: "Read your notes" }],
        signing_alg: "RS256",
      })
    ).json.id;
    const issuer = `${server.url}/oauth`;
    [photosApi, notesApi] = await Promise.all([
      startExampleApi({ issuer, audience: photos.identifier, scope: photos.read }),
      startExampleApi({ issuer, audience: notes.identifier, scope: notes.read }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([photosApi?.stop(), notesApi?.stop()]);
  });

  async function register(body: Record<string, unknown>) {
    const created = await developer("POST", "/clients", {
      client_name: "Acme",
      redirect_uris: [REDIRECT],
      application_type: "web",
      ...body,
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    return {
      clientId: created.json.client_id as string,
      config: await discover(server.url, created.json.client_id, created.json.client_secret),
    };
  }
  const endUser = async () => ({ user: await createDeveloper("Reader"), browser: new Browser(server.url) });
  const exchange = (config: oidc.Configuration, auth: { callback: URL; verifier: string; state: string }) =>
    oidc.authorizationCodeGrant(config, auth.callback, { pkceCodeVerifier: auth.verifier, expectedState: auth.state });
  const machine = async (scope: string) => {
    const created = await developer("POST", "/clients", {
      client_name: "Nightly export",
      application_type: "m2m",
      scope,
    });
    return {
      clientId: created.json.client_id as string,
      config: await discover(server.url, created.json.client_id, created.json.client_secret),
    };
  };
  const errorAt = (auth: { callback: URL }) => auth.callback.searchParams.get("error");

  it("code + PKCE with an API scope: consent names it; a JWT the API accepts and another API refuses; refresh keeps the audience", async () => {
    const { clientId, config } = await register({ scope: `openid profile ${photos.read} ${photos.write}` });
    const { user, browser } = await endUser();
    const auth = await authorize(browser, config, REDIRECT, { account: user, scope: `openid profile ${photos.read}` });
    expect(consentScopesOf(auth.consent!)).toEqual({
      listed: ["openid", "profile", photos.read],
      fresh: ["openid", "profile", photos.read],
    });
    expect(auth.consent!.html).toContain("See your photo albums");
    expect(auth.consent!.html).toMatch(/Photos API.*by example\.test/);
    const tokens = await exchange(config, auth);

    expect(decodeProtectedHeader(tokens.access_token)).toMatchObject({ typ: "at+jwt", alg: "ES256" });
    const claims = decodeJwt(tokens.access_token);
    expect(claims).toMatchObject({
      iss: `${server.url}/oauth`,
      aud: photos.identifier,
      sub: user.id,
      client_id: clientId,
      scope: photos.read,
    });
    expect(claims.exp! - claims.iat!).toBe(900);
    expect(claims.jti).toBeTruthy();
    expect(tokens.claims()).toMatchObject({ sub: user.id, name: "Reader" }); // the ID token carries the profile itself

    expect(await photosApi.call(tokens.access_token)).toMatchObject({
      status: 200,
      body: { sub: user.id, client_id: clientId },
    });
    expect(await notesApi.call(tokens.access_token)).toMatchObject({
      status: 401,
      challenge: expect.stringContaining('error="invalid_token"'),
    });
    expect((await photosApi.call(`${tokens.access_token.slice(0, -4)}AAAA`)).status).toBe(401);

    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect(decodeJwt(refreshed.access_token)).toMatchObject({
      aud: photos.identifier,
      scope: photos.read,
      sub: user.id,
    });
    expect((await photosApi.call(refreshed.access_token)).status).toBe(200);

    const [app] = await listGrants(user);
    expect(app!.apis).toEqual([
      { name: "Photos API", scopes: [{ value: photos.read, description: "See your photo albums" }] },
    ]);
    // Consent is remembered: asking again goes straight back to the app; one more permission asks
    // for that one only, marked new beside the one already allowed.
    expect((await authorize(browser, config, REDIRECT, { scope: `openid ${photos.read}` })).consent).toBeNull();
    const more = await authorize(browser, config, REDIRECT, { scope: `openid ${photos.read} ${photos.write}` });
    expect(consentScopesOf(more.consent!)).toEqual({
      listed: ["openid", photos.read, photos.write],
      fresh: [photos.write],
    });
    expect(more.consent!.html).toContain("Already allowed");
    expect(decodeJwt((await exchange(config, more)).access_token).scope).toBe(`${photos.read} ${photos.write}`);
  });

  it("resource= names the API; an RS256 API gets RS256 tokens; a token without the API's scope gets 403", async () => {
    const { config } = await register({ scope: `openid ${notes.read} ${photos.write}` });
    const { user, browser } = await endUser();
    const auth = await authorize(browser, config, REDIRECT, {
      account: user,
      scope: `openid ${notes.read}`,
      resource: notes.identifier,
    });
    const tokens = await exchange(config, auth);
    expect(decodeProtectedHeader(tokens.access_token)).toMatchObject({ typ: "at+jwt", alg: "RS256" });
    expect((await notesApi.call(tokens.access_token)).status).toBe(200);

    const writeOnly = await exchange(config, await authorize(browser, config, REDIRECT, { scope: photos.write }));
    expect(decodeJwt(writeOnly.access_token)).toMatchObject({ aud: photos.identifier, scope: photos.write });
    expect(await photosApi.call(writeOnly.access_token)).toMatchObject({
      status: 403,
      challenge: expect.stringContaining("insufficient_scope"),
    });
  });

  it("a token without an API stays opaque and works at userinfo only", async () => {
    const { config } = await register({ scope: "openid email" });
    const { user, browser } = await endUser();
    const tokens = await exchange(
      config,
      await authorize(browser, config, REDIRECT, { account: user, scope: "openid email" }),
    );
    expect(tokens.access_token.split(".")).toHaveLength(1);
    expect((await oidc.fetchUserInfo(config, tokens.access_token, user.id)).email).toBe(user.email);
    expect((await photosApi.call(tokens.access_token)).status).toBe(401);
  });

  it("refuses unknown scopes and resources, ambiguous requests and unregistered scopes with the RFC errors", async () => {
    const { config } = await register({ scope: `openid ${photos.read} ${notes.read}` });
    const { browser } = await endUser();
    const at = (options: { scope: string; resource?: string }) =>
      authorize(browser, config, REDIRECT, options).then(errorAt);
    expect(await at({ scope: "openid nothing.read" })).toBe("invalid_scope");
    expect(await at({ scope: "openid", resource: "https://unregistered.example" })).toBe("invalid_target");
    expect(await at({ scope: "openid", resource: "not a uri" })).toBe("invalid_target");
    expect(await at({ scope: "openid", resource: `${photos.identifier}/\u0000` })).toBe("invalid_target"); // never reaches PostgreSQL
    expect(await at({ scope: `openid ${photos.read} ${notes.read}` })).toBe("invalid_target"); // two APIs: ambiguous
    expect(await at({ scope: `openid ${notes.read}`, resource: photos.identifier })).toBe("invalid_scope");
    expect(await at({ scope: `openid ${photos.write}` })).toBe("invalid_scope"); // not registered by this app

    const { config: worker } = await machine(photos.read);
    expect(await oauthError(oidc.clientCredentialsGrant(worker, { scope: "nothing.read" }))).toEqual({
      status: 400,
      error: "invalid_scope",
    });
    expect(await oauthError(oidc.clientCredentialsGrant(worker, { resource: "https://unregistered.example" }))).toEqual(
      { status: 400, error: "invalid_target" },
    );
    expect(await oauthError(oidc.clientCredentialsGrant(worker, { resource: "https://x.example/\u0000" }))).toEqual({
      status: 400,
      error: "invalid_target",
    });
  });

  it("client_credentials for an API: refused before the owner approves, issued after, refused again after removal", async () => {
    const { clientId, config } = await machine(photos.read);
    expect(await oauthError(oidc.clientCredentialsGrant(config, { scope: photos.read }))).toEqual({
      status: 400,
      error: "invalid_scope",
    });
    // The app's page tells its developer what is still waiting for the API owner.
    const approvalOnAppPage = async () =>
      (await listClientApiAccess(maker, clientId)).flatMap(({ api, scopes }) =>
        scopes.map((s) => [api.name, s.value, s.approved]),
      );
    expect(await approvalOnAppPage()).toEqual([["Photos API", photos.read, false]]);

    const listed = await owner("GET", `/apis/${photos.id}/clients`);
    expect(listed.json.clients).toContainEqual({
      client_id: clientId,
      client_name: "Nightly export",
      developer: "example.test",
      requested_scopes: [photos.read],
      approved_scopes: [],
    });
    expect((await owner("PUT", `/apis/${photos.id}/clients/${clientId}`, { scopes: [photos.read] })).status).toBe(200);

    expect(await approvalOnAppPage()).toEqual([["Photos API", photos.read, true]]);
    const granted = await oidc.clientCredentialsGrant(config, { scope: photos.read });
    expect(granted.scope).toBe(photos.read);
    expect(decodeJwt(granted.access_token)).toMatchObject({
      aud: photos.identifier,
      sub: clientId,
      client_id: clientId,
      scope: photos.read,
    });
    expect(await photosApi.call(granted.access_token)).toMatchObject({ status: 200, body: { sub: clientId } });
    const named = await oidc.clientCredentialsGrant(config, { scope: photos.read, resource: photos.identifier });
    expect((await photosApi.call(named.access_token)).status).toBe(200);

    expect((await owner("DELETE", `/apis/${photos.id}/clients/${clientId}`)).status).toBe(204);
    expect(await oauthError(oidc.clientCredentialsGrant(config, { scope: photos.read }))).toEqual({
      status: 400,
      error: "invalid_scope",
    });
    expect(await approvalOnAppPage()).toEqual([["Photos API", photos.read, false]]);
    // Only the app's own developer sees it; a web app (consent, not approval) has nothing to wait for.
    await expect(listClientApiAccess(await createDeveloper("Stranger"), clientId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await listClientApiAccess(maker, (await register({ scope: `openid ${photos.read}` })).clientId)).toEqual([]);
  });

  it("client_credentials: a resource whose scopes the token would not carry is invalid_target; the API's owner lists every app that gets its tokens", async () => {
    const { clientId, config } = await machine(notes.read);
    const refused = { status: 400, error: "invalid_target" };
    const cc = (parameters: Record<string, string>) => oauthError(oidc.clientCredentialsGrant(config, parameters));
    expect(await cc({ resource: photos.identifier })).toEqual(refused); // never registered
    expect(await cc({ resource: notes.identifier })).toEqual(refused); // registered, not approved
    expect(await cc({ resource: notes.identifier, scope: notes.read })).toEqual({
      status: 400,
      error: "invalid_scope",
    });
    expect(
      (await owner("GET", `/apis/${photos.id}/clients`)).json.clients.map((c: { client_id: string }) => c.client_id),
    ).not.toContain(clientId);

    expect((await owner("PUT", `/apis/${notes.id}/clients/${clientId}`, { scopes: [notes.read] })).status).toBe(200);
    expect(await cc({ resource: notes.identifier })).toEqual(refused); // approved, but asked for none of it
    expect(await cc({ resource: photos.identifier })).toEqual(refused);
    const granted = await oidc.clientCredentialsGrant(config, { resource: notes.identifier, scope: notes.read });
    expect(decodeJwt(granted.access_token)).toMatchObject({
      aud: notes.identifier,
      client_id: clientId,
      scope: notes.read,
    });
    expect((await owner("GET", `/apis/${notes.id}/clients`)).json.clients).toContainEqual(
      expect.objectContaining({ client_id: clientId, approved_scopes: [notes.read] }),
    );
    // Without a resource and without API scopes the token is for no API (opaque).
    expect((await oidc.clientCredentialsGrant(config, {})).access_token.split(".")).toHaveLength(1);
  });

  it("code flow: a resource the user consented to none of the API's scopes for gets no token for it", async () => {
    const { clientId, config } = await register({ scope: `openid ${photos.read}` });
    const { user, browser } = await endUser();
    const refused = { status: 400, error: "invalid_target" };
    // Consent given for OIDC scopes only.
    const oidcOnly = await exchange(
      config,
      await authorize(browser, config, REDIRECT, { account: user, scope: "openid" }),
    );
    expect(oidcOnly.access_token.split(".")).toHaveLength(1);
    // Naming the API without asking for any of its scopes: the app hears invalid_target at once
    // (RFC 8707 §2), before any consent screen.
    const bare = await authorize(browser, config, REDIRECT, { scope: "openid", resource: photos.identifier });
    expect(bare.consent).toBeNull();
    expect(errorAt(bare)).toBe("invalid_target");
    // A code or refresh token of that OIDC-only grant cannot be turned into a token for the API.
    const code = await authorize(browser, config, REDIRECT, { scope: "openid" });
    expect(
      await oauthError(
        oidc.authorizationCodeGrant(
          config,
          code.callback,
          { pkceCodeVerifier: code.verifier, expectedState: code.state },
          { resource: photos.identifier },
        ),
      ),
    ).toEqual(refused);
    expect(
      await oauthError(oidc.refreshTokenGrant(config, oidcOnly.refresh_token!, { resource: photos.identifier })),
    ).toEqual(refused);

    // A grant for the API: narrowing a refresh to OIDC scopes would leave the API's token empty.
    const withApi = await authorize(browser, config, REDIRECT, { scope: `openid ${photos.read}` });
    const tokens = await exchange(config, withApi);
    expect(decodeJwt(tokens.access_token)).toMatchObject({ aud: photos.identifier, scope: photos.read });
    expect(await oauthError(oidc.refreshTokenGrant(config, tokens.refresh_token!, { scope: "openid" }))).toEqual(
      refused,
    );
    // The app no longer registers the API's scope: its pending code and its refresh token give
    // nothing for the API any more.
    const pending = await authorize(browser, config, REDIRECT, { scope: `openid ${photos.read}` });
    expect(
      (
        await developer("PUT", `/clients/${clientId}`, {
          client_name: "Acme",
          redirect_uris: [REDIRECT],
          application_type: "web",
          scope: "openid",
        })
      ).status,
    ).toBe(200);
    expect(await oauthError(exchange(config, pending))).toEqual(refused);
    expect(await oauthError(oidc.refreshTokenGrant(config, tokens.refresh_token!))).toEqual(refused);
  });

  it("device flow: naming the API without its scopes is refused at once; with them the device gets the API's token", async () => {
    const created = await developer("POST", "/clients", {
      client_name: "TV",
      application_type: "native",
      redirect_uris: ["http://127.0.0.1/callback"],
      grant_types: ["authorization_code", "refresh_token", "urn:ietf:params:oauth:grant-type:device_code"],
      scope: `openid ${photos.read}`,
    });
    const tv = await discover(server.url, created.json.client_id);
    expect(
      await oauthError(oidc.initiateDeviceAuthorization(tv, { scope: "openid", resource: photos.identifier })),
    ).toEqual({ status: 400, error: "invalid_target" });

    const device = await oidc.initiateDeviceAuthorization(tv, {
      scope: `openid ${photos.read}`,
      resource: photos.identifier,
    });
    const { user, browser } = await endUser();
    let page = await browser.submit(await browser.visit(device.verification_uri), "/oauth/device", {
      user_code: device.user_code,
    });
    page = await browser.submit(await browser.submit(page, "/oauth/device"), "/login", {
      email: user.email,
      password: user.password,
    });
    expect(consentScopesOf(page).listed).toEqual(["openid", photos.read]);
    await browser.submit(page, "/consent", { decision: "allow" });
    const tokens = await oidc.pollDeviceAuthorizationGrant(tv, { ...device, interval: 0.1 } as typeof device);
    expect(decodeJwt(tokens.access_token)).toMatchObject({ aud: photos.identifier, sub: user.id, scope: photos.read });
  });

  it("an API's JWT is checked by the API itself: introspection and revocation refuse it (unsupported_token_type); revoking the refresh token ends the grant", async () => {
    // oidc-provider refuses structured tokens at both endpoints by design (RFC 7009 §2.2.1 error
    // code); an RFC 9068 token is validated locally and lives for the API's short lifetime.
    const { config } = await register({ scope: `openid ${photos.read}` });
    const { user, browser } = await endUser();
    const tokens = await exchange(
      config,
      await authorize(browser, config, REDIRECT, { account: user, scope: `openid ${photos.read}` }),
    );
    expect(await oauthError(oidc.tokenIntrospection(config, tokens.access_token))).toEqual({
      status: 400,
      error: "unsupported_token_type",
    });
    expect(await oauthError(oidc.tokenRevocation(config, tokens.access_token))).toEqual({
      status: 400,
      error: "unsupported_token_type",
    });
    expect((await oidc.tokenIntrospection(config, tokens.refresh_token!)).active).toBe(true);
    await oidc.tokenRevocation(config, tokens.refresh_token!);
    expect((await oidc.tokenIntrospection(config, tokens.refresh_token!)).active).toBe(false);
    expect(await oauthError(oidc.refreshTokenGrant(config, tokens.refresh_token!))).toEqual({
      status: 400,
      error: "invalid_grant",
    });
  });

  it("deleting an API makes new requests for its scopes fail, refreshing its tokens too", async () => {
    const scope = `temp-${tag}.read`;
    const { json: temp } = await owner("POST", "/apis", {
      name: "Temp API",
      identifier: `https://temp-${tag}.example`,
      scopes: [{ value: scope, description: "Temporary" }],
    });
    const { config } = await register({ scope: `openid ${scope}` });
    const { user, browser } = await endUser();
    const tokens = await exchange(
      config,
      await authorize(browser, config, REDIRECT, { account: user, scope: `openid ${scope}` }),
    );
    expect(decodeJwt(tokens.access_token).aud).toBe(temp.identifier);

    expect((await owner("DELETE", `/apis/${temp.id}?confirm=true`)).status).toBe(204);
    expect(errorAt(await authorize(browser, config, REDIRECT, { scope: `openid ${scope}` }))).toBe("invalid_scope");
    expect(errorAt(await authorize(browser, config, REDIRECT, { scope: "openid", resource: temp.identifier }))).toBe(
      "invalid_target",
    );
    expect(await oauthError(oidc.refreshTokenGrant(config, tokens.refresh_token!))).toEqual({
      status: 400,
      error: "invalid_target",
    });
  });
});
