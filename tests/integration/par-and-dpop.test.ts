import { randomUUID } from "node:crypto";
import { calculateJwkThumbprint, createRemoteJWKSet, exportJWK, jwtVerify } from "jose";
import * as oidc from "openid-client";
import { generateProof } from "dpop";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { tokenIdDigest } from "@/lib/provider/oidc/adapters/token-id-digest";
import { apiClient, createDeveloper, createPat } from "./support/api-fixtures";
import { authorize, startAuthorization } from "./support/authorize";
import { Browser } from "./support/browser";
import { discover, oauthError } from "./support/oauth";
import { useServer } from "./support/use-server";

// Pushed authorization requests (RFC 9126) and DPoP (RFC 9449), optional for every app and required
// by the per-app policies (ARCHITECTURE.md "OAuth rules"): openid-client is the app, jose is the API
// checking the token's key binding, the user's browser signs in.
const REDIRECT = "https://app.example/callback";

describe("PAR and DPoP as per-app policies", () => {
  const { server } = useServer();
  let developer: ReturnType<typeof apiClient>;
  const tag = randomUUID().slice(0, 8);
  const api = { identifier: `https://ledger-${tag}.example`, scope: `ledger-${tag}.read` };

  beforeAll(async () => {
    developer = apiClient(
      server().url,
      await createPat(await createDeveloper("Bank"), ["clients:read", "clients:write", "apis:read", "apis:write"]),
    );
    const created = await developer("POST", "/apis", {
      name: "Ledger API",
      identifier: api.identifier,
      scopes: [{ value: api.scope, description: "Read your ledger" }],
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
  });

  async function register(body: Record<string, unknown>) {
    const created = await developer("POST", "/clients", {
      client_name: "Bank app",
      application_type: "web",
      redirect_uris: [REDIRECT],
      ...body,
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const clientId = created.json.client_id as string;
    return { clientId, view: created.json, config: await discover(server().url, clientId, created.json.client_secret) };
  }
  const endUser = async () => ({ user: await createDeveloper("Customer"), browser: new Browser(server().url) });
  const exchange = (
    config: oidc.Configuration,
    auth: { callback: URL; verifier: string; state: string },
    DPoP?: oidc.DPoPHandle,
  ) =>
    oidc.authorizationCodeGrant(
      config,
      auth.callback,
      { pkceCodeVerifier: auth.verifier, expectedState: auth.state },
      undefined,
      DPoP && { DPoP },
    );

  it("PAR optional: a pushed request signs in, its request_uri stored only as a digest; a plain URL works too", async () => {
    const { config, view } = await register({});
    expect(view).toMatchObject({ require_pushed_authorization_requests: false, dpop_bound_access_tokens: false });
    expect(config.serverMetadata().pushed_authorization_request_endpoint).toBe(`${server().url}/oauth/par`);

    const pushed = await startAuthorization(config, REDIRECT, { par: true });
    const requestUri = pushed.url.searchParams.get("request_uri")!;
    expect(requestUri).toMatch(/^urn:ietf:params:oauth:request_uri:/);
    expect([...pushed.url.searchParams.keys()].sort()).toEqual(["client_id", "request_uri"]);
    const id = requestUri.split(":").at(-1)!;
    const rows = await getDb().oidcPayload.findMany({ where: { model: "PushedAuthorizationRequest" } });
    expect(rows.map((row) => row.id)).toContain(tokenIdDigest(id));
    expect(JSON.stringify(rows)).not.toContain(id);

    const { user, browser } = await endUser();
    const auth = await authorize(browser, config, REDIRECT, { account: user, par: true });
    expect((await exchange(config, auth)).access_token).toBeTruthy();
    const plain = await authorize(browser, config, REDIRECT, { account: user });
    expect((await exchange(config, plain)).access_token).toBeTruthy();
  });

  it("PAR required: a plain authorization URL is refused, a pushed one signs in; an M2M app cannot ask for it", async () => {
    const { config, view } = await register({ require_pushed_authorization_requests: true });
    expect(view.require_pushed_authorization_requests).toBe(true);
    const { user, browser } = await endUser();

    const plain = await startAuthorization(config, REDIRECT);
    const refused = await browser.visit(plain.url.href);
    const refusal = refused.status === 0 ? new URL(refused.url).searchParams.get("error") : refused.html;
    expect(refusal).toMatch(/invalid_request/);

    const auth = await authorize(browser, config, REDIRECT, { account: user, par: true });
    expect((await exchange(config, auth)).access_token).toBeTruthy();

    const m2m = await developer("POST", "/clients", {
      client_name: "Batch",
      application_type: "m2m",
      require_pushed_authorization_requests: true,
    });
    expect(m2m.status).toBe(400);
    expect(m2m.json.errors).toHaveProperty("require_pushed_authorization_requests");
    const notBoolean = await developer("POST", "/clients", {
      client_name: "Batch",
      application_type: "m2m",
      dpop_bound_access_tokens: "yes\u0000",
    });
    expect(notBoolean.status).toBe(400);
    expect(notBoolean.json.errors).toEqual({ dpop_bound_access_tokens: ["must be true or false"] });
  });

  it("DPoP required: the API's JWT and introspection carry cnf.jkt of the app's key; a bearer request is refused", async () => {
    const { config, clientId } = await register({ dpop_bound_access_tokens: true, scope: `openid ${api.scope}` });
    const keyPair = await oidc.randomDPoPKeyPair();
    const jkt = await calculateJwkThumbprint(await exportJWK(keyPair.publicKey));
    const { user, browser } = await endUser();

    const bearer = await authorize(browser, config, REDIRECT, { account: user, scope: `openid ${api.scope}` });
    expect(await oauthError(exchange(config, bearer))).toEqual({ status: 400, error: "invalid_grant" });

    const auth = await authorize(browser, config, REDIRECT, { account: user, scope: `openid ${api.scope}` });
    const tokens = await exchange(config, auth, oidc.getDPoPHandle(config, keyPair));
    expect(tokens.token_type).toBe("dpop");

    // The API: a JWT library checking the signature, the audience and the key binding (RFC 9449 §6).
    const jwks = createRemoteJWKSet(new URL(config.serverMetadata().jwks_uri!));
    const { payload } = await jwtVerify(tokens.access_token, jwks, {
      issuer: `${server().url}/oauth`,
      audience: api.identifier,
      typ: "at+jwt",
    });
    expect(payload).toMatchObject({ sub: user.id, client_id: clientId, cnf: { jkt } });

    // API tokens are not stored (introspection never knows them); a userinfo token is, with its binding.
    const forUserinfo = await authorize(browser, config, REDIRECT, { account: user, scope: "openid" });
    const opaque = await exchange(config, forUserinfo, oidc.getDPoPHandle(config, keyPair));
    const introspected = await oidc.tokenIntrospection(config, opaque.access_token).catch((error: unknown) => {
      throw new Error(JSON.stringify(error instanceof oidc.ResponseBodyError ? error.cause : error));
    });
    expect(introspected).toMatchObject({ active: true, token_type: "DPoP", cnf: { jkt } });
  });

  it("DPoP-bound refresh tokens: refused without a proof, with another key, on replay, or with a wrong htu/htm", async () => {
    const { config } = await register({
      application_type: "spa",
      dpop_bound_access_tokens: true,
      scope: "openid offline_access",
    });
    const keyPair = await oidc.randomDPoPKeyPair();
    const DPoP = oidc.getDPoPHandle(config, keyPair);
    const { user, browser } = await endUser();
    const auth = await authorize(browser, config, REDIRECT, {
      account: user,
      scope: "openid offline_access",
      prompt: "consent",
    });
    const tokens = await exchange(config, auth, DPoP);
    const jkt = await calculateJwkThumbprint(await exportJWK(keyPair.publicKey));
    // The adapter keeps the binding: the stored access token carries the thumbprint.
    const stored = await getDb().oidcPayload.findUnique({
      where: { model_id: { model: "AccessToken", id: tokenIdDigest(tokens.access_token) } },
    });
    expect(stored?.payload).toMatchObject({ jkt });
    expect((await oidc.fetchUserInfo(config, tokens.access_token, user.id, { DPoP })).sub).toBe(user.id);

    const refreshToken = tokens.refresh_token!;
    const invalidGrant = { status: 400, error: "invalid_grant" };
    expect(await oauthError(oidc.refreshTokenGrant(config, refreshToken))).toEqual(invalidGrant);
    const otherKey = oidc.getDPoPHandle(config, await oidc.randomDPoPKeyPair());
    expect(await oauthError(oidc.refreshTokenGrant(config, refreshToken, undefined, { DPoP: otherKey }))).toEqual(
      invalidGrant,
    );

    // Proofs made with the `dpop` package (RFC 9449 §4), to send what openid-client never would.
    const tokenEndpoint = config.serverMetadata().token_endpoint!;
    const proof = (htm: string, htu: string) => generateProof(keyPair, htu, htm);
    const refresh = async (dpop: string, token: string) => {
      const response = await fetch(tokenEndpoint, {
        method: "POST",
        headers: { dpop, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          grant_type: "refresh_token",
          refresh_token: token,
          client_id: config.clientMetadata().client_id,
        }),
      });
      return { status: response.status, body: (await response.json()) as Record<string, string> };
    };
    const wrongHtu = await refresh(await proof("POST", `${server().url}/oauth/userinfo`), refreshToken);
    expect(wrongHtu).toMatchObject({ status: 400, body: { error: "invalid_dpop_proof" } });
    const wrongHtm = await refresh(await proof("GET", tokenEndpoint), refreshToken);
    expect(wrongHtm).toMatchObject({ status: 400, body: { error: "invalid_dpop_proof" } });

    const good = await proof("POST", tokenEndpoint);
    const first = await refresh(good, refreshToken);
    expect(first).toMatchObject({ status: 200, body: { token_type: "DPoP" } });
    const replayed = await refresh(good, first.body.refresh_token!);
    // oidc-provider answers a replayed proof (its jti remembered through the adapter) as invalid_grant.
    expect(replayed).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
    // Refused for the proof alone, before the refresh token was used: with a fresh proof it works.
    expect((await oidc.refreshTokenGrant(config, first.body.refresh_token!, undefined, { DPoP })).token_type).toBe(
      "dpop",
    );
  });
});
