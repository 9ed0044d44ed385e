import { createRemoteJWKSet, jwtVerify } from "jose";
import * as oidc from "openid-client";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { deleteClientGrants } from "@/lib/portal/grants/delete-client-grants";
import { listGrants } from "@/lib/portal/grants/list-grants";
import { createDeveloper } from "./support/api-fixtures";
import { authorize, consentScopesOf, startAuthorization } from "./support/authorize";
import { Browser } from "./support/browser";
import { discover, oauthError } from "./support/oauth";
import { useServer } from "./support/use-server";
import { usePublisherApi } from "./support/use-publisher-api";

// OAuth 2.0 / OIDC flows end to end: openid-client is the third-party app; the user's browser is a
// cookie-jar fetch that signs in and answers the consent screen.
const REDIRECT = "https://app.example/callback";

describe("OAuth 2.0 and OpenID Connect flows", () => {
  const { server } = useServer();
  const api = usePublisherApi(server);

  async function register(body: Record<string, unknown>) {
    const created = await api("POST", "/clients", { client_name: "Acme", redirect_uris: [REDIRECT], ...body });
    expect(created.status).toBe(201);
    return { clientId: created.json.client_id as string, secret: created.json.client_secret as string | undefined };
  }
  const webApp = async (scope = "openid profile email offline_access") => {
    const { clientId, secret } = await register({
      application_type: "web",
      scope,
      client_uri: "https://app.example",
      policy_uri: "https://app.example/privacy",
    });
    return { clientId, config: await discover(server().url, clientId, secret) };
  };
  const endUser = async () => {
    const user = await createDeveloper("Reader");
    return { user, browser: new Browser(server().url) };
  };
  const exchange = (config: oidc.Configuration, auth: { callback: URL; verifier: string; state: string }) =>
    oidc.authorizationCodeGrant(config, auth.callback, {
      pkceCodeVerifier: auth.verifier,
      expectedState: auth.state,
      idTokenExpected: true,
    });

  it("code + PKCE gives tokens; the ID token verifies against the JWKS; userinfo and refresh work", async () => {
    const { config, clientId } = await webApp();
    const { user, browser } = await endUser();
    const auth = await authorize(browser, config, REDIRECT, { account: user });
    expect(auth.consent).not.toBeNull();
    const tokens = await exchange(config, auth);
    expect(tokens.access_token).toBeTruthy();
    expect(tokens.refresh_token).toBeTruthy(); // web apps get one without offline_access (token-policies.ts)

    const jwks = createRemoteJWKSet(new URL(config.serverMetadata().jwks_uri!));
    const { payload, protectedHeader } = await jwtVerify(tokens.id_token!, jwks, {
      issuer: `${server().url}/oauth`,
      audience: clientId,
    });
    expect(payload.sub).toBe(user.id);
    expect(protectedHeader.alg).toBe("ES256"); // the default

    const info = await oidc.fetchUserInfo(config, tokens.access_token, user.id);
    expect(info).toMatchObject({ sub: user.id, email: user.email, name: "Reader" });

    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect((await oidc.fetchUserInfo(config, refreshed.access_token, user.id)).sub).toBe(user.id);

    // Only digests of token ids are stored (ARCHITECTURE.md "Hashed token ids").
    const table = JSON.stringify(await getDb().oidcPayload.findMany());
    expect(table).toContain(clientId); // the dump does see the rows
    const code = auth.callback.searchParams.get("code")!;
    for (const value of [
      code,
      tokens.access_token,
      tokens.refresh_token!,
      refreshed.access_token,
      refreshed.refresh_token!,
    ]) {
      expect(value.length).toBeGreaterThan(20);
      expect(table).not.toContain(value);
    }
  });

  it("signs ID tokens with the algorithm the client registered (ES256 by default, or RS256)", async () => {
    const { clientId, secret } = await register({ application_type: "web", id_token_signed_response_alg: "RS256" });
    const config = await discover(server().url, clientId, secret);
    const { user, browser } = await endUser();
    const tokens = await exchange(config, await authorize(browser, config, REDIRECT, { account: user }));
    const jwks = createRemoteJWKSet(new URL(config.serverMetadata().jwks_uri!));
    const { protectedHeader } = await jwtVerify(tokens.id_token!, jwks, {
      issuer: `${server().url}/oauth`,
      audience: clientId,
    });
    expect(protectedHeader.alg).toBe("RS256");
    expect((await api("GET", `/clients/${clientId}`)).json.id_token_signed_response_alg).toBe("RS256");
    const fallback = await register({ application_type: "web" });
    expect((await api("GET", `/clients/${fallback.clientId}`)).json.id_token_signed_response_alg).toBe("ES256");
    expect(
      (
        await api("POST", "/clients", {
          client_name: "x",
          application_type: "web",
          redirect_uris: [REDIRECT],
          id_token_signed_response_alg: "HS256",
        })
      ).json.errors.id_token_signed_response_alg,
    ).toBeDefined();
  });

  it("remembers consent: fewer scopes skip it; more scopes or prompt=consent ask again, new ones marked", async () => {
    const { config } = await webApp();
    const { user, browser } = await endUser();
    const first = await authorize(browser, config, REDIRECT, { account: user, scope: "openid profile" });
    expect(consentScopesOf(first.consent!)).toEqual({ listed: ["openid", "profile"], fresh: ["openid", "profile"] });
    expect(first.consent!.html).toContain("Developed by example.test");
    expect(first.consent!.html).toContain("https://app.example/privacy");

    const same = await authorize(browser, config, REDIRECT, { scope: "openid" });
    expect(same.consent).toBeNull();
    expect(same.callback.searchParams.get("code")).toBeTruthy();

    const more = await authorize(browser, config, REDIRECT, { scope: "openid profile email" });
    expect(consentScopesOf(more.consent!)).toEqual({ listed: ["openid", "profile", "email"], fresh: ["email"] });
    expect((await exchange(config, more)).scope?.split(" ").sort()).toEqual(["email", "openid", "profile"]);

    const forced = await authorize(browser, config, REDIRECT, { scope: "openid email", prompt: "consent" });
    expect(consentScopesOf(forced.consent!)).toEqual({ listed: ["openid", "email"], fresh: [] });

    // Remembered across sessions: a new browser signs in and sees no consent screen.
    const elsewhere = await authorize(new Browser(server().url), config, REDIRECT, {
      account: user,
      scope: "openid email",
    });
    expect(elsewhere.consent).toBeNull();
  });

  it("Cancel on the consent screen returns access_denied to the app", async () => {
    const { config } = await webApp();
    const { user, browser } = await endUser();
    const denied = await authorize(browser, config, REDIRECT, { account: user, decision: "deny" });
    expect(denied.callback.href.startsWith(REDIRECT)).toBe(true);
    expect(denied.callback.searchParams.get("error")).toBe("access_denied");
    expect(denied.callback.searchParams.get("state")).toBe(denied.state);
  });

  it("a public client's refresh tokens rotate; reusing an old one revokes the grant", async () => {
    const { clientId } = await register({ application_type: "spa", scope: "openid offline_access" });
    const config = await discover(server().url, clientId);
    const { user, browser } = await endUser();
    const auth = await authorize(browser, config, REDIRECT, {
      account: user,
      scope: "openid offline_access",
      prompt: "consent",
    });
    const tokens = await exchange(config, auth);
    const first = tokens.refresh_token!;
    const second = await oidc.refreshTokenGrant(config, first);
    expect(second.refresh_token).toBeTruthy();
    expect(second.refresh_token).not.toBe(first);

    expect(await oauthError(oidc.refreshTokenGrant(config, first))).toEqual({ status: 400, error: "invalid_grant" });
    // The whole grant is gone: the newest refresh token and the access tokens too.
    expect(await oauthError(oidc.refreshTokenGrant(config, second.refresh_token!))).toEqual({
      status: 400,
      error: "invalid_grant",
    });
    expect(await oauthError(oidc.fetchUserInfo(config, second.access_token, user.id))).toMatchObject({
      status: 401,
      error: "invalid_token",
    });
  });

  it("a used authorization code fails, and the tokens issued from it are revoked", async () => {
    const { config } = await webApp();
    const { user, browser } = await endUser();
    const auth = await authorize(browser, config, REDIRECT, { account: user });
    const tokens = await exchange(config, auth);
    expect((await oidc.tokenIntrospection(config, tokens.access_token)).active).toBe(true);
    expect(await oauthError(exchange(config, auth))).toEqual({ status: 400, error: "invalid_grant" });
    expect((await oidc.tokenIntrospection(config, tokens.access_token)).active).toBe(false);
    expect(await oauthError(oidc.refreshTokenGrant(config, tokens.refresh_token!))).toEqual({
      status: 400,
      error: "invalid_grant",
    });
  });

  it("introspection: active for the caller's own token, inactive after revocation, never for others", async () => {
    const { config } = await webApp();
    const other = await webApp();
    const { user, browser } = await endUser();
    const tokens = await exchange(config, await authorize(browser, config, REDIRECT, { account: user }));
    const active = await oidc.tokenIntrospection(config, tokens.access_token);
    expect(active).toMatchObject({ active: true, sub: user.id, client_id: config.clientMetadata().client_id });
    expect((await oidc.tokenIntrospection(other.config, tokens.access_token)).active).toBe(false);

    const { clientId: spaId } = await register({ application_type: "spa" });
    expect((await oidc.tokenIntrospection(await discover(server().url, spaId), tokens.access_token)).active).toBe(
      false,
    );

    await oidc.tokenRevocation(config, tokens.access_token);
    expect((await oidc.tokenIntrospection(config, tokens.access_token)).active).toBe(false);
    const unauthenticated = await fetch(`${server().url}/oauth/introspect`, {
      method: "POST",
      body: new URLSearchParams({ token: tokens.access_token }),
    });
    expect([400, 401]).toContain(unauthenticated.status);
    expect((await unauthenticated.json()).error).toMatch(/invalid_(client|request)/);
  });

  it("client_credentials for machine-to-machine clients, limited to their registered scopes", async () => {
    const { clientId, secret } = await register({ application_type: "m2m", redirect_uris: [], scope: "profile" });
    const config = await discover(server().url, clientId, secret);
    const granted = await oidc.clientCredentialsGrant(config, { scope: "profile" });
    expect(granted).toMatchObject({ token_type: "bearer", scope: "profile" });
    expect(granted.refresh_token).toBeUndefined();
    expect(await oauthError(oidc.clientCredentialsGrant(config, { scope: "email" }))).toEqual({
      status: 400,
      error: "invalid_scope",
    });
    expect(await oauthError(oidc.clientCredentialsGrant(config, { scope: "admin" }))).toEqual({
      status: 400,
      error: "invalid_scope",
    }); // unknown
    // A client that registered no scopes gets none (oidc-provider alone would allow any); refused
    // before a token is issued (lib/portal/apis/resolve-resource-server.ts).
    const bare = await register({ application_type: "m2m", redirect_uris: [] });
    const bareConfig = await discover(server().url, bare.clientId, bare.secret);
    expect(await oauthError(oidc.clientCredentialsGrant(bareConfig, { scope: "email" }))).toEqual({
      status: 400,
      error: "invalid_scope",
    });
    expect((await oidc.clientCredentialsGrant(bareConfig)).access_token).toBeTruthy();
    // oidc-provider answers invalid_request (with a description) where RFC 6749 §5.2 says unauthorized_client.
    const web = await webApp();
    expect(await oauthError(oidc.clientCredentialsGrant(web.config))).toEqual({
      status: 400,
      error: "invalid_request",
    });
  });

  it("the token endpoint answers RFC 6749 errors: 401 + WWW-Authenticate for client auth, 400 otherwise", async () => {
    const { clientId } = await webApp();
    const basic = `Basic ${Buffer.from(`${clientId}:wrong`).toString("base64")}`;
    const body = new URLSearchParams({
      grant_type: "authorization_code",
      code: "nope",
      code_verifier: "x".repeat(43),
      redirect_uri: REDIRECT,
    });
    const badAuth = await fetch(`${server().url}/oauth/token`, {
      method: "POST",
      headers: { authorization: basic },
      body,
    });
    expect(badAuth.status).toBe(401);
    expect(badAuth.headers.get("www-authenticate")).toMatch(/^Basic /);
    expect(badAuth.headers.get("content-type")).toMatch(/application\/json/);
    expect((await badAuth.json()).error).toBe("invalid_client");

    const { config } = await webApp();
    expect(
      await oauthError(
        oidc.genericGrantRequest(config, "authorization_code", {
          code: "nope",
          redirect_uri: REDIRECT,
          code_verifier: "x".repeat(43),
        }),
      ),
    ).toEqual({
      status: 400,
      error: "invalid_grant",
    });
    expect(await oauthError(oidc.genericGrantRequest(config, "password", { username: "a", password: "b" }))).toEqual({
      status: 400,
      error: "unsupported_grant_type",
    });
  });

  it("refuses an authorization request without PKCE, back at the app as invalid_request", async () => {
    const { config } = await webApp();
    const { user, browser } = await endUser();
    const url = oidc.buildAuthorizationUrl(config, { redirect_uri: REDIRECT, scope: "openid", state: "s1" });
    const page = await browser.visit(url.href);
    const callback = new URL(page.url);
    expect(callback.origin + callback.pathname).toBe(REDIRECT);
    expect(callback.searchParams.get("error")).toBe("invalid_request");
    expect(callback.searchParams.get("error_description")).toMatch(/PKCE/);
    expect(user).toBeTruthy();
  });

  it("an unregistered redirect URI or an unknown client gets Ninka's error page, never a redirect", async () => {
    const { config } = await webApp();
    const { url } = await startAuthorization(config, "https://evil.example/callback");
    const response = await fetch(url, { redirect: "manual" });
    expect(response.status).toBe(400);
    expect(response.headers.get("location")).toBeNull();
    const html = await response.text();
    expect(html).toContain("This sign-in request cannot continue");
    expect(html).toContain("redirect_uri");
    // The address the app sent is shown, as text only (as Google's redirect_uri_mismatch does):
    // never a link or a form that would take the person there.
    expect(html).toContain("https://evil.example/callback");
    expect(html).not.toMatch(/(href|action|src)="https:\/\/evil\.example/);
    const marked = await startAuthorization(config, "https://evil.example/cb?q=<b>bold</b>");
    const escaped = await (await fetch(marked.url, { redirect: "manual" })).text();
    expect(escaped).not.toContain("<b>bold</b>");
    expect(escaped).toContain("&lt;b&gt;bold&lt;/b&gt;");

    url.searchParams.set("client_id", "no-such-client");
    const unknown = await fetch(url, { redirect: "manual" });
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get("location")).toBeNull();
    expect(await unknown.text()).toContain("invalid_client");
  });

  it("connected apps: listed with scopes and dates; removing access ends the app's tokens at once", async () => {
    const { config, clientId } = await webApp();
    const { user, browser } = await endUser();
    const tokens = await exchange(config, await authorize(browser, config, REDIRECT, { account: user }));
    const [app] = await listGrants(user);
    expect(app).toMatchObject({
      clientId,
      name: "Acme",
      scopes: ["openid", "profile", "email"],
      clientUri: "https://app.example",
    });
    expect(app!.grantedAt).toBeInstanceOf(Date);
    await expect.poll(async () => (await listGrants(user))[0]?.lastUsedAt).toBeInstanceOf(Date);

    // Another user cannot remove it; its owner can.
    await expect(deleteClientGrants(await createDeveloper("Stranger"), clientId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await deleteClientGrants(user, clientId);
    expect(await listGrants(user)).toEqual([]);
    expect(await oauthError(oidc.refreshTokenGrant(config, tokens.refresh_token!))).toEqual({
      status: 400,
      error: "invalid_grant",
    });
    expect((await oidc.tokenIntrospection(config, tokens.access_token)).active).toBe(false);
    // The next authorization asks for consent again.
    expect((await authorize(browser, config, REDIRECT)).consent).not.toBeNull();
  });

  it("device flow: the TV gets a code; the user enters it at /device, signs in and consents; the TV gets tokens", async () => {
    const { clientId } = await register({
      application_type: "native",
      redirect_uris: ["http://127.0.0.1/callback"],
      grant_types: ["authorization_code", "refresh_token", "urn:ietf:params:oauth:grant-type:device_code"],
    });
    const tv = await discover(server().url, clientId);
    const device = await oidc.initiateDeviceAuthorization(tv, { scope: "openid profile" });
    expect(device.verification_uri).toBe(`${server().url}/device`);
    const { user, browser } = await endUser();

    let page = await browser.visit(device.verification_uri);
    expect(page.url).toBe(`${server().url}/oauth/device`);
    expect(page.html).toContain("Connect a device");
    page = await browser.submit(page, "/oauth/device", { user_code: device.user_code.toLowerCase() });
    expect(page.html).toContain(device.user_code);
    page = await browser.submit(page, "/oauth/device");
    page = await browser.submit(page, "/login", { email: user.email, password: user.password });
    expect(consentScopesOf(page).listed).toEqual(["openid", "profile"]);
    page = await browser.submit(page, "/consent", { decision: "allow" });
    expect(page.html).toContain("Your device is connected");

    const tokens = await oidc.pollDeviceAuthorizationGrant(tv, { ...device, interval: 0.1 } as typeof device);
    expect((await oidc.fetchUserInfo(tv, tokens.access_token, user.id)).sub).toBe(user.id);
  });

  it("RP-initiated logout asks the user, then returns to a registered post_logout_redirect_uri", async () => {
    const { clientId, secret } = await register({
      application_type: "web",
      post_logout_redirect_uris: ["https://app.example/signed-out"],
    });
    const config = await discover(server().url, clientId, secret);
    const { user, browser } = await endUser();
    const tokens = await exchange(config, await authorize(browser, config, REDIRECT, { account: user }));
    const url = oidc.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token!,
      post_logout_redirect_uri: "https://app.example/signed-out",
      state: "bye",
    });
    const confirm = await browser.visit(url.href);
    expect(confirm.html).toContain("Sign out of Ninka?");
    const done = await browser.submit(confirm, "/oauth/logout", { logout: "yes" });
    expect(done.url).toBe("https://app.example/signed-out?state=bye");
    // Signed out: the next authorization shows the login page again.
    await expect(authorize(browser, config, REDIRECT)).rejects.toThrow(/login page showed/);
  });

  it("authorize and logout take a form POST: answered 303 to the same endpoint's GET, which runs as usual", async () => {
    const { clientId, secret } = await register({
      application_type: "web",
      post_logout_redirect_uris: ["https://app.example/signed-out"],
    });
    const config = await discover(server().url, clientId, secret);
    const { user, browser } = await endUser();
    const { url } = await startAuthorization(config, REDIRECT);
    const posted = await browser.request(`${server().url}/oauth/authorize`, {
      form: Object.fromEntries(url.searchParams),
    });
    expect(posted.status).toBe(303);
    const followed = new URL(posted.headers.get("location")!, `${server().url}/oauth/authorize`);
    expect(`${followed.origin}${followed.pathname}`).toBe(`${server().url}/oauth/authorize`);
    expect([...followed.searchParams].sort()).toEqual([...url.searchParams].sort());
    const tokens = await exchange(config, await authorize(browser, config, REDIRECT, { account: user, post: true }));
    expect(tokens.claims()!.sub).toBe(user.id);

    // RP-initiated logout by POST still asks, then returns to the app.
    const confirm = await browser.visit(`${server().url}/oauth/logout`, {
      form: {
        id_token_hint: tokens.id_token!,
        post_logout_redirect_uri: "https://app.example/signed-out",
        state: "bye",
      },
    });
    expect(confirm.html).toContain("Sign out of Ninka?");
    const done = await browser.submit(confirm, "/oauth/logout", { logout: "yes" });
    expect(done.url).toBe("https://app.example/signed-out?state=bye");
  });

  it("a POST at authorize or logout that is not a form, or too long for a URL, is refused in the RFC shape", async () => {
    const json = await fetch(`${server().url}/oauth/authorize`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ client_id: "x" }),
    });
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ error: "invalid_request" });
    const long = await fetch(`${server().url}/oauth/logout`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ state: "x".repeat(9 * 1024) }).toString(),
    });
    expect(long.status).toBe(413);
    expect(long.headers.get("location")).toBeNull();
    expect(await long.json()).toMatchObject({ error: "invalid_request" });
  });

  it("discovery lists the endpoints and ES256/RS256 ID token signing", async () => {
    const doc = await fetch(`${server().url}/oauth/.well-known/openid-configuration`).then((r) => r.json());
    expect(doc).toMatchObject({
      issuer: `${server().url}/oauth`,
      authorization_endpoint: `${server().url}/oauth/authorize`,
      token_endpoint: `${server().url}/oauth/token`,
      userinfo_endpoint: `${server().url}/oauth/userinfo`,
      jwks_uri: `${server().url}/oauth/jwks`,
      revocation_endpoint: `${server().url}/oauth/revoke`,
      introspection_endpoint: `${server().url}/oauth/introspect`,
      device_authorization_endpoint: `${server().url}/oauth/device/auth`,
      end_session_endpoint: `${server().url}/oauth/logout`,
      code_challenge_methods_supported: ["S256"],
      response_types_supported: ["code"],
    });
    expect(doc.id_token_signing_alg_values_supported.sort()).toEqual(["ES256", "RS256"]);
    expect(doc.scopes_supported).toEqual(expect.arrayContaining(["openid", "profile", "email", "offline_access"]));
  });
});
