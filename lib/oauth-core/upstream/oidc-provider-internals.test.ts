import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { decodeProtectedHeader, exportJWK, generateKeyPair } from "jose";
import Provider from "oidc-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  GRANT_BOUND_MODELS,
  interactionRequestStubs,
  patchCompareClientSecret,
  PROVIDER_COOKIES,
  sendLogoutToken,
} from "./oidc-provider-internals";

// A real node-oidc-provider (its in-memory adapter, no database) exercising each behaviour Ninka
// relies on beyond the configuration API. If an upgrade breaks one, this fails before anything else.
const REDIRECT = "https://app.example/callback";
let server: Server;
let base: string;
let provider: Provider;
const checked: string[] = [];
const posted: { url: string; method?: string; body: string }[] = [];

beforeAll(async () => {
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  provider = new Provider(base, {
    clients: [
      {
        client_id: "m2m",
        client_secret: "placeholder",
        grant_types: ["client_credentials"],
        response_types: [],
        redirect_uris: [],
        ninka_managed: true,
      },
      { client_id: "web", client_secret: "web-secret", redirect_uris: [REDIRECT] },
      {
        client_id: "listener",
        client_secret: "listener-secret",
        redirect_uris: [REDIRECT],
        backchannel_logout_uri: "https://app.example/logout",
        backchannel_logout_session_required: true,
      },
    ],
    // Only the back-channel logout test fetches anything: its POST is captured, never sent.
    fetch: async (url, options) => {
      posted.push({ url: String(url), method: options?.method, body: String(options?.body) });
      return new Response(null, { status: 200 });
    },
    extraClientMetadata: { properties: ["ninka_managed"] },
    features: {
      clientCredentials: { enabled: true },
      devInteractions: { enabled: false },
      backchannelLogout: { enabled: true },
    },
    cookies: { keys: ["test-cookie-key"], ...PROVIDER_COOKIES },
    ttl: { ClientCredentials: 60, Interaction: 60, Session: 60, Grant: 60 },
  });
  patchCompareClientSecret(provider, (client, presented) => {
    checked.push(client.clientId);
    return client.ninka_managed ? presented === "the-real-secret" : undefined;
  });
  server.on("request", provider.callback());
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const tokenRequest = (id: string, secret: string) =>
  fetch(`${base}/token`, {
    method: "POST",
    headers: {
      authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: "grant_type=client_credentials",
  });

describe("oidc-provider internals Ninka relies on", () => {
  it("1. authenticates client secrets through Client.prototype.compareClientSecret", async () => {
    expect((await tokenRequest("m2m", "the-real-secret")).status).toBe(200);
    // The metadata's own client_secret no longer works: the patched check decided, not upstream's.
    expect((await tokenRequest("m2m", "placeholder")).status).toBe(401);
    expect(checked).toEqual(["m2m", "m2m"]);
  });

  it("2 and 4. finds an interaction from the request's cookie header alone; the cookie is SameSite=Lax", async () => {
    const verifier = randomBytes(32).toString("base64url");
    const query = new URLSearchParams({
      client_id: "web",
      response_type: "code",
      redirect_uri: REDIRECT,
      scope: "openid",
      code_challenge: createHash("sha256").update(verifier).digest("base64url"),
      code_challenge_method: "S256",
    });
    const response = await fetch(`${base}/auth?${query}`, { redirect: "manual" });
    const location = response.headers.get("location") ?? "";
    expect(location).toMatch(/^\/interaction\/[\w-]+$/);
    const setCookies = response.headers.getSetCookie();
    const interactionCookie = setCookies.find((cookie) => cookie.startsWith("_interaction="));
    expect(interactionCookie?.toLowerCase()).toContain("samesite=lax");
    const cookie = setCookies.map((c) => c.split(";")[0]).join("; ");

    const interaction = await provider.interactionDetails(...interactionRequestStubs({ cookie }));
    expect(`/interaction/${interaction.uid}`).toBe(location);
    const next = await provider.interactionResult(...interactionRequestStubs({ cookie }), {
      login: { accountId: "someone" },
    });
    expect(next).toContain(`/auth/${interaction.uid}`);
    // A forged cookie is refused by the signature check the stubs keep.
    const forged = cookie.replace(/_interaction=[^;]+/, "_interaction=forged");
    await expect(provider.interactionDetails(...interactionRequestStubs({ cookie: forged }))).rejects.toThrow();
  });

  it("3. revokes exactly the models Ninka deletes with a grant", () => {
    const source = readFileSync(
      join(import.meta.dirname, "../../../node_modules/oidc-provider/lib/helpers/revoke.js"),
      "utf8",
    );
    const list = source.slice(source.indexOf("Promise.all("), source.indexOf(".map((model)"));
    const upstream = [...list.matchAll(/provider\.(\w+)/g)].map((match) => match[1]);
    expect(new Set(upstream)).toEqual(new Set(GRANT_BOUND_MODELS));
  });

  it("8. sends a logout token (sub, sid, events, no nonce) through the fetch hook", async () => {
    const client = await provider.Client.find("listener");
    await sendLogoutToken(client!, "account-1", "sid-1");
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ url: "https://app.example/logout", method: "POST" });
    const token = new URLSearchParams(posted[0]!.body).get("logout_token")!;
    const claims = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ sub: "account-1", sid: "sid-1", aud: "listener", iss: base });
    expect(claims.events).toEqual({ "http://schemas.openid.net/event/backchannel-logout": {} });
    expect(claims).not.toHaveProperty("nonce");
  });
});

describe("oidc-provider signing keys", () => {
  it("7. signs with the first key of an algorithm in jwks and publishes them all", async () => {
    const keys = await Promise.all(
      ["first", "second"].map(async (kid) => {
        const { privateKey } = await generateKeyPair("ES256", { extractable: true });
        return { ...(await exportJWK(privateKey)), kid, alg: "ES256", use: "sig" };
      }),
    );
    const resource = "https://api.example";
    const signer = new Provider("http://127.0.0.1", {
      jwks: { keys },
      clients: [
        {
          client_id: "m2m",
          client_secret: "m2m-secret",
          grant_types: ["client_credentials"],
          response_types: [],
          redirect_uris: [],
          id_token_signed_response_alg: "ES256",
        },
      ],
      features: {
        clientCredentials: { enabled: true },
        devInteractions: { enabled: false },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => resource,
          getResourceServerInfo: () => ({ scope: "read", accessTokenFormat: "jwt", jwt: { sign: { alg: "ES256" } } }),
        },
      },
      cookies: { keys: ["test-cookie-key"], ...PROVIDER_COOKIES },
    });
    const app = createServer(signer.callback());
    await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(app.address() as { port: number }).port}`;
    try {
      const response = await fetch(`${url}/token`, {
        method: "POST",
        headers: {
          authorization: `Basic ${Buffer.from("m2m:m2m-secret").toString("base64")}`,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({ grant_type: "client_credentials", scope: "read", resource }),
      });
      const token = ((await response.json()) as { access_token: string }).access_token;
      expect(decodeProtectedHeader(token).kid).toBe("first");
      const published = (await (await fetch(`${url}/jwks`)).json()) as { keys: { kid: string }[] };
      expect(published.keys.map((key) => key.kid)).toEqual(["first", "second"]);
    } finally {
      await new Promise<void>((resolve) => app.close(() => resolve()));
    }
  });
});
