import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, type CryptoKey } from "jose";
import * as oidc from "openid-client";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { apiClient, createDeveloper, createPat } from "./support/api-fixtures";
import { startDocumentServer, type DocumentServer } from "./support/document-server";
import { oauthError } from "./support/oauth";
import { runNinkaCli } from "./support/run-ninka-cli";
import { testCertificate } from "./support/test-certificate";
import { useOwnServer } from "./support/use-own-server";

// private_key_jwt client authentication (RFC 7523) with keys the app registers, pasted (jwks) or
// published at a URL (jwks_uri): openid-client's PrivateKeyJwt is the app. The key server is on
// 127.0.0.1 with the test CA's certificate, allowed for this file only (ARCHITECTURE.md "Outbound fetches").
describe("private_key_jwt with registered keys", () => {
  let keys: DocumentServer;
  const { database, server } = useOwnServer(async () => {
    keys = await startDocumentServer();
    return {
      NINKA_OUTBOUND_ALLOW: new URL(keys.origin).host,
      NINKA_OUTBOUND_CA_FILE: (await testCertificate()).caFile,
    };
  });
  let developer: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    developer = apiClient(
      server().url,
      await createPat(await createDeveloper("Bank"), ["clients:read", "clients:write"]),
    );
  });

  const keyPair = async (alg = "ES256") => {
    const pair = await generateKeyPair(alg, { extractable: true });
    const kid = randomUUID();
    return { ...pair, kid, alg, publicJwk: { ...(await exportJWK(pair.publicKey)), kid, alg, use: "sig" } };
  };
  const machine = (body: Record<string, unknown>) =>
    developer("POST", "/clients", {
      client_name: "Settlement batch",
      application_type: "m2m",
      token_endpoint_auth_method: "private_key_jwt",
      ...body,
    });
  const signingWith = (clientId: string, key: { privateKey: CryptoKey; kid: string }) =>
    oidc.discovery(new URL(`${server().url}/oauth`), clientId, undefined, oidc.PrivateKeyJwt(key.privateKey), {
      execute: [oidc.allowInsecureRequests],
    });
  const withKid = (key: { privateKey: CryptoKey; kid: string }) => ({ privateKey: key.privateKey, kid: key.kid });

  it("discovery advertises private_key_jwt with asymmetric algorithms only, never client_secret_jwt", async () => {
    const doc = await (await fetch(`${server().url}/oauth/.well-known/openid-configuration`)).json();
    expect(doc.token_endpoint_auth_methods_supported).toContain("private_key_jwt");
    expect(doc.token_endpoint_auth_methods_supported).not.toContain("client_secret_jwt");
    expect(doc.token_endpoint_auth_signing_alg_values_supported.sort()).toEqual(["ES256", "EdDSA", "PS256", "RS256"]);
  });

  it("pasted jwks: the app signs its assertion and gets a token; another key is invalid_client", async () => {
    const key = await keyPair();
    const created = await machine({ jwks: { keys: [key.publicJwk] }, token_endpoint_auth_signing_alg: "ES256" });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect(created.json).toMatchObject({
      token_endpoint_auth_method: "private_key_jwt",
      jwks: { keys: [key.publicJwk] },
      jwks_uri: null,
      token_endpoint_auth_signing_alg: "ES256",
    });
    const clientId = created.json.client_id as string;
    const granted = await oidc.clientCredentialsGrant(await signingWith(clientId, withKid(key)));
    expect(granted.access_token).toBeTruthy();

    const stranger = await keyPair();
    expect(await oauthError(oidc.clientCredentialsGrant(await signingWith(clientId, withKid(stranger))))).toEqual({
      status: 401,
      error: "invalid_client",
    });
  });

  // oidc-provider keeps a fetched key set for at least a minute (longer if the app's Cache-Control
  // says so) and fetches it again when an assertion's key is not in it and that minute has passed:
  // a stranger's made-up kids cannot make Ninka hammer the app's server. That cache is the
  // provider's, in the server's memory, whatever the database: this minute-long wait runs once, on
  // SQLite.
  it.skipIf(process.env.NINKA_TEST_DB !== "sqlite")(
    "jwks_uri: fetched through the outbound guard, cached, and fetched again for a new kid",
    { timeout: 120_000 },
    async () => {
      const first = await keyPair();
      const path = `/keys-${randomUUID()}.json`;
      let published = [first.publicJwk];
      const jwksUri = keys.serve(path, () => ({ keys: published }));
      const created = await machine({ jwks_uri: jwksUri });
      expect(created.status, JSON.stringify(created.json)).toBe(201);
      expect(created.json).toMatchObject({ jwks: null, jwks_uri: jwksUri });
      const clientId = created.json.client_id as string;

      const config = await signingWith(clientId, withKid(first));
      expect((await oidc.clientCredentialsGrant(config)).access_token).toBeTruthy();
      expect((await oidc.clientCredentialsGrant(config)).access_token).toBeTruthy();
      expect(keys.requests(path)).toBe(1);

      // The app rotates: a new key under a new kid, published; Ninka fetches the set again for it.
      const second = await keyPair("RS256");
      published = [first.publicJwk, second.publicJwk];
      const rotated = await signingWith(clientId, withKid(second));
      expect(await oauthError(oidc.clientCredentialsGrant(rotated))).toEqual({ status: 401, error: "invalid_client" });
      expect(keys.requests(path)).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 61_000));
      expect((await oidc.clientCredentialsGrant(rotated)).access_token).toBeTruthy();
      expect(keys.requests(path)).toBe(2);
      expect((await oidc.clientCredentialsGrant(config)).access_token).toBeTruthy();
      expect(keys.requests(path)).toBe(2);
    },
  );

  it("a jwks_uri is fetched only under the outbound guard's rules: a private address or an oversized set is invalid_client", async () => {
    const key = await keyPair();
    const huge = keys.serve(`/huge-${randomUUID()}.json`, () => ({
      keys: [key.publicJwk, ...Array.from({ length: 2000 }, (_, i) => ({ ...key.publicJwk, kid: `padding-${i}` }))],
    }));
    for (const jwksUri of ["https://10.0.0.1/jwks.json", huge]) {
      const created = await machine({ jwks_uri: jwksUri });
      expect(created.status).toBe(201);
      const config = await signingWith(created.json.client_id as string, withKid(key));
      expect(await oauthError(oidc.clientCredentialsGrant(config)), jwksUri).toEqual({
        status: 401,
        error: "invalid_client",
      });
    }
  });

  it("an app registering itself (RFC 7591) may bring its keys, public ones only", async () => {
    const set = await runNinkaCli(["settings", "dcr", "open"], database.current().env);
    expect(set.code, set.stderr).toBe(0);
    const key = await keyPair();
    const register = (jwks: unknown) =>
      apiClient(server().url)("POST", "/oauth/reg", {
        client_name: "Self-registered batch",
        grant_types: ["client_credentials"],
        response_types: [],
        redirect_uris: [],
        token_endpoint_auth_method: "private_key_jwt",
        jwks,
      });
    const privateJwk = { ...(await exportJWK(key.privateKey)), kid: key.kid };
    const refused = await register({ keys: [privateJwk] });
    expect(refused.status).toBe(400);
    expect(refused.json.error).toBe("invalid_client_metadata");

    const registered = await register({ keys: [key.publicJwk] });
    expect(registered.status, JSON.stringify(registered.json)).toBe(201);
    expect(registered.json).toMatchObject({
      token_endpoint_auth_method: "private_key_jwt",
      jwks: { keys: [key.publicJwk] },
    });
    const config = await signingWith(registered.json.client_id as string, withKid(key));
    expect((await oidc.clientCredentialsGrant(config)).access_token).toBeTruthy();
  });

  it("refuses private keys, symmetric keys, missing or doubled keys and plain-http URLs with field errors, writing nothing", async () => {
    const key = await keyPair();
    const privateJwk = { ...(await exportJWK(key.privateKey)), kid: key.kid };
    const before = await getDb().client.count();
    const refused: [Record<string, unknown>, string, RegExp][] = [
      [{ jwks: { keys: [privateJwk] } }, "jwks", /only public keys.*private member d/],
      [{ jwks: { keys: [{ kty: "oct", k: "c2VjcmV0" }] } }, "jwks", /only public keys/],
      [{ jwks: { keys: [{ ...key.publicJwk, kid: "a\u0000b" }] } }, "jwks", /control characters|text/],
      [{ jwks: "not a key set" }, "jwks", /JWK Set/],
      [{}, "jwks", /either jwks or jwks_uri/],
      [{ jwks: { keys: [key.publicJwk] }, jwks_uri: "https://keys.example/jwks" }, "jwks", /not both/],
      [{ jwks_uri: "http://keys.example/jwks" }, "jwks_uri", /https/],
      [
        { jwks_uri: "https://keys.example/jwks", token_endpoint_auth_signing_alg: "HS256" },
        "token_endpoint_auth_signing_alg",
        /one of/,
      ],
      [
        { token_endpoint_auth_method: "client_secret_basic", jwks_uri: "https://keys.example/jwks" },
        "jwks_uri",
        /only with private_key_jwt/,
      ],
      [{ token_endpoint_auth_method: "client_secret_jwt" }, "token_endpoint_auth_method", /must be/],
    ];
    for (const [body, field, message] of refused) {
      const answer = await machine(body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.json.errors?.[field]?.join(" "), JSON.stringify(answer.json)).toMatch(message);
    }
    const spa = await developer("POST", "/clients", {
      client_name: "Browser",
      application_type: "spa",
      redirect_uris: ["https://app.example/callback"],
      token_endpoint_auth_method: "private_key_jwt",
      jwks: { keys: [key.publicJwk] },
    });
    expect(spa.status).toBe(400);
    expect(spa.json.errors).toHaveProperty("token_endpoint_auth_method");
    expect(await getDb().client.count()).toBe(before);
  });
});
