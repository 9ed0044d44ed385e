import { randomUUID } from "node:crypto";
import { decodeJwt } from "jose";
import * as oidc from "openid-client";
import { beforeAll, describe, expect, it } from "vitest";
import { apiClient, createDeveloper, createPat } from "./support/api-fixtures";
import { authorize } from "./support/authorize";
import { Browser } from "./support/browser";
import { discover } from "./support/oauth";
import { useServer, type TestServer } from "./support/use-server";

// An API's access token (RFC 9068 JWT, aud = the API) is for that API only: /oauth/userinfo, whose
// audience is Ninka itself, refuses it (ARCHITECTURE.md "APIs and their permissions"), whether it
// came from client_credentials or from a user's authorization.
const REDIRECT = "https://app.example/callback";

describe("/oauth/userinfo and API access tokens", () => {
  const database = useServer();
  let server: TestServer;
  let owner: ReturnType<typeof apiClient>;
  let developer: ReturnType<typeof apiClient>;
  const tag = randomUUID().slice(0, 8);
  const photos = { identifier: `https://photos-${tag}.example`, read: `photos-${tag}.read`, id: "" };

  beforeAll(async () => {
    server = database.server();
    owner = apiClient(server.url, await createPat(await createDeveloper("Owner"), ["apis:read", "apis:write"]));
    developer = apiClient(
      server.url,
      await createPat(await createDeveloper("Maker"), ["clients:read", "clients:write"]),
    );
    const api = await owner("POST", "/apis", {
      name: "Photos API",
      identifier: photos.identifier,
      scopes: [{ value: photos.read, description: "See your photo albums" }],
    });
    expect(api.status).toBe(201);
    photos.id = api.json.id;
  });

  /** userinfo's answer to a bearer token: status and the error its WWW-Authenticate names. */
  const userinfo = async (token: string) => {
    const response = await fetch(`${server.url}/oauth/userinfo`, { headers: { authorization: `Bearer ${token}` } });
    const body = await response.text();
    return {
      status: response.status,
      challenge: response.headers.get("www-authenticate") ?? "",
      leaked: body.includes("@"),
    };
  };

  it("refuses a client_credentials JWT for an API (an approved scope)", async () => {
    const created = await developer("POST", "/clients", {
      client_name: "Nightly export",
      application_type: "m2m",
      scope: photos.read,
    });
    expect(created.status).toBe(201);
    expect(
      (await owner("PUT", `/apis/${photos.id}/clients/${created.json.client_id}`, { scopes: [photos.read] })).status,
    ).toBe(200);
    const config = await discover(server.url, created.json.client_id, created.json.client_secret);
    const { access_token } = await oidc.clientCredentialsGrant(config, { scope: photos.read });
    expect(decodeJwt(access_token)).toMatchObject({ aud: photos.identifier });

    const answer = await userinfo(access_token);
    expect(answer.status).toBe(401);
    expect(answer.challenge).toMatch(/error="invalid_token"/);
  });

  it("refuses a user's JWT for an API, while an opaque token for the same user is accepted", async () => {
    const created = await developer("POST", "/clients", {
      client_name: "Acme",
      application_type: "web",
      redirect_uris: [REDIRECT],
      scope: `openid email ${photos.read}`,
    });
    const config = await discover(server.url, created.json.client_id, created.json.client_secret);
    const user = await createDeveloper("Reader");
    const browser = new Browser(server.url);
    const exchange = async (scope: string) => {
      const auth = await authorize(browser, config, REDIRECT, { account: user, scope });
      return oidc.authorizationCodeGrant(config, auth.callback, {
        pkceCodeVerifier: auth.verifier,
        expectedState: auth.state,
      });
    };
    const forApi = await exchange(`openid ${photos.read}`);
    expect(decodeJwt(forApi.access_token)).toMatchObject({ aud: photos.identifier, sub: user.id });
    const answer = await userinfo(forApi.access_token);
    expect(answer.status).toBe(401);
    expect(answer.challenge).toMatch(/error="invalid_token"/);
    expect(answer.leaked).toBe(false);

    const plain = await exchange("openid email");
    expect(await userinfo(plain.access_token)).toMatchObject({ status: 200, leaked: true });
  });
});
