import * as oidc from "openid-client";
import { beforeAll, describe, expect, it } from "vitest";
import { createDeveloper } from "./support/api-fixtures";
import { publisherApi } from "./support/register-web-app";
import { authorize } from "./support/authorize";
import { Browser } from "./support/browser";
import { discover, oauthError } from "./support/oauth";
import { useServer, type TestServer } from "./support/use-server";

// PKCE (RFC 7636 §4.6): a real authorization code is redeemed only with the verifier whose S256
// challenge the authorization carried; anyone else holding the code gets invalid_grant.
const REDIRECT = "https://app.example/callback";

describe("PKCE at the token endpoint", () => {
  const database = useServer();
  let server: TestServer;
  const configs: Record<string, oidc.Configuration> = {};

  beforeAll(async () => {
    server = database.server();
    const api = await publisherApi(server.url);
    for (const application_type of ["web", "spa"]) {
      const created = await api("POST", "/clients", {
        client_name: `Acme ${application_type}`,
        application_type,
        redirect_uris: [REDIRECT],
      });
      expect(created.status).toBe(201);
      configs[application_type] = await discover(server.url, created.json.client_id, created.json.client_secret);
    }
  });

  it.each(["web", "spa"])(
    "refuses a real code redeemed with the wrong verifier (invalid_grant), for a %s app",
    async (kind) => {
      const app = configs[kind]!;
      const user = await createDeveloper("Holder");
      const auth = await authorize(new Browser(server.url), app, REDIRECT, { account: user });
      expect(auth.callback.searchParams.get("code")).toBeTruthy();
      const wrong = oidc.randomPKCECodeVerifier();
      expect(
        await oauthError(
          oidc.authorizationCodeGrant(app, auth.callback, { pkceCodeVerifier: wrong, expectedState: auth.state }),
        ),
      ).toEqual({ status: 400, error: "invalid_grant" });
    },
  );

  it("redeems a code with its own verifier (the same steps can succeed)", async () => {
    const user = await createDeveloper("Holder");
    const config = configs.web!;
    const auth = await authorize(new Browser(server.url), config, REDIRECT, { account: user });
    const tokens = await oidc.authorizationCodeGrant(config, auth.callback, {
      pkceCodeVerifier: auth.verifier,
      expectedState: auth.state,
    });
    expect(tokens.claims()?.sub).toBe(user.id);
  });
});
