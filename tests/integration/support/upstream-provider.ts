import { createHash, randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import Provider from "oidc-provider";
import { Browser } from "./browser";
import { closeServer } from "./close-server";

// Identity providers for the federation tests (ARCHITECTURE.md "Federation"), on loopback ports
// of the test process: a bare node-oidc-provider (discovery, PKCE, ID tokens, userinfo, RFC 9207
// `iss`), a stand-in for GitHub serving the shapes of its documented OAuth token endpoint and
// its /user and /user/emails API (under /api/v3, as GitHub Enterprise Server does), and one for
// Microsoft Entra ID's v2.0 endpoints, whose multi-tenant documents state a templated issuer.

export type UpstreamProfile = { email?: string; email_verified?: boolean; name?: string };

/** A loopback http server whose handler is set later (its address must be known first). */
async function listen(): Promise<{
  origin: string;
  host: string;
  handle(handler: http.RequestListener): void;
  close(): Promise<void>;
}> {
  let handler: http.RequestListener = (_req, res) => res.writeHead(503).end();
  const server = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    handle: (next) => (handler = next),
    close: () => closeServer(server),
  };
}

export async function startUpstreamProvider() {
  const listener = await listen();
  const profiles = new Map<string, UpstreamProfile>();
  return {
    ...listener,
    issuer: listener.origin,
    profiles,
    /** Serves node-oidc-provider with one confidential client per connection. */
    configure(clients: { clientId: string; clientSecret: string; redirectUri: string }[]) {
      const provider = new Provider(listener.origin, {
        clients: clients.map((client) => ({
          client_id: client.clientId,
          client_secret: client.clientSecret,
          redirect_uris: [client.redirectUri],
        })),
        findAccount: async (_ctx, sub) => ({
          accountId: sub,
          claims: async () => ({ sub, ...profiles.get(sub) }),
        }),
        claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
        cookies: { keys: [randomUUID()] },
        features: { devInteractions: { enabled: true } },
      });
      listener.handle(provider.callback());
    },
    /**
     * Signs `sub` in at the upstream authorization URL `url` (its development login and consent
     * pages, in a browser of its own) and returns where it sends the browser back: Ninka's callback.
     */
    async signIn(url: string, sub: string): Promise<string> {
      const browser = new Browser(listener.origin);
      let page = await browser.visit(url);
      page = await browser.visit(page.url, { form: { prompt: "login", login: sub, password: "any" } });
      if (page.status !== 0) page = await browser.visit(page.url, { form: { prompt: "consent" } });
      if (page.status !== 0)
        throw new Error(`upstream sign-in did not finish: ${page.url}\n${page.html.slice(0, 500)}`);
      return page.url;
    },
  };
}

export type GitHubUser = {
  id: number;
  login: string;
  name: string | null;
  emails: { email: string; primary: boolean; verified: boolean }[];
};

export async function startGitHubStandIn(client: { clientId: string; clientSecret: string }) {
  const listener = await listen();
  const codes = new Map<string, GitHubUser>();
  const tokens = new Map<string, GitHubUser>();
  let next: GitHubUser | null = null;
  const json = (res: http.ServerResponse, status: number, body: unknown) =>
    res.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
  listener.handle(async (req, res) => {
    const url = new URL(req.url ?? "/", listener.origin);
    if (req.method === "GET" && url.pathname === "/login/oauth/authorize") {
      // GitHub's authorize page, already approved by `next`.
      const code = randomUUID();
      codes.set(code, next!);
      const back = new URL(url.searchParams.get("redirect_uri")!);
      back.searchParams.set("code", code);
      back.searchParams.set("state", url.searchParams.get("state") ?? "");
      return res.writeHead(302, { location: back.href }).end();
    }
    if (req.method === "POST" && url.pathname === "/login/oauth/access_token") {
      let body = "";
      for await (const chunk of req) body += chunk;
      const form = new URLSearchParams(body);
      const user = codes.get(form.get("code") ?? "");
      codes.delete(form.get("code") ?? "");
      if (form.get("client_id") !== client.clientId || form.get("client_secret") !== client.clientSecret || !user) {
        return json(res, 200, {
          error: "bad_verification_code",
          error_description: "The code passed is incorrect or expired.",
        });
      }
      const token = `gho_${randomUUID().replace(/-/g, "")}`;
      tokens.set(token, user);
      return json(res, 200, { access_token: token, token_type: "bearer", scope: "read:user,user:email" });
    }
    const user = tokens.get((req.headers.authorization ?? "").replace(/^Bearer /i, ""));
    if (!user) return json(res, 401, { message: "Requires authentication" });
    if (url.pathname === "/api/v3/user")
      return json(res, 200, { id: user.id, login: user.login, name: user.name, type: "User" });
    if (url.pathname === "/api/v3/user/emails") {
      return json(
        res,
        200,
        user.emails.map((e) => ({ ...e, visibility: e.primary ? "private" : null })),
      );
    }
    json(res, 404, { message: "Not Found" });
  });
  return {
    ...listener,
    /** The user the next authorization signs in as. */
    signInAs(user: GitHubUser) {
      next = user;
    },
  };
}

export type EntraUser = {
  tid: string;
  sub: string;
  email?: string;
  name?: string;
  /** Microsoft's optional claim: the address's domain is verified by the user's tenant. */
  xms_edov?: boolean;
  amr?: string[];
  acr?: string;
  /** An ID token whose `iss` is not its own tenant's (a forgery the relying party must refuse). */
  issuerTenant?: string;
};

/** Microsoft's one tenant of personal accounts, which its `consumers` document names. */
export const ENTRA_CONSUMERS_TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad";

/**
 * A stand-in for Microsoft Entra ID's v2.0 endpoints (shape only): `/{tenant}/v2.0/.well-known/
 * openid-configuration` for a tenant ID, or `common` and `organizations`, whose document states the
 * templated issuer `…/{tenantid}/v2.0`, or `consumers`, which names its one tenant; an authorize
 * endpoint that approves the user set by signInAs (no `iss` in its answer, as Microsoft's), a token
 * endpoint checking the client, the code, the redirect URI and PKCE, and ID tokens (RS256) whose
 * `iss` names the user's own tenant, with `tid`.
 */
export async function startEntraStandIn(client: { clientId: string; clientSecret: string }) {
  const listener = await listen();
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(publicKey)), kid: "stand-in", use: "sig", alg: "RS256" };
  const issuerOf = (tenant: string) => `${listener.origin}/${tenant}/v2.0`;
  type Pending = { user: EntraUser; nonce?: string; challenge: string; redirectUri: string };
  const codes = new Map<string, Pending>();
  let next: EntraUser | null = null;
  const json = (res: http.ServerResponse, status: number, body: unknown) =>
    res.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
  const discovery = (tenant: string) => {
    const stated = ["common", "organizations"].includes(tenant)
      ? issuerOf("{tenantid}")
      : issuerOf(tenant === "consumers" ? ENTRA_CONSUMERS_TENANT : tenant);
    const base = `${listener.origin}/${tenant}`;
    return {
      issuer: stated,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      token_endpoint: `${base}/oauth2/v2.0/token`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
      userinfo_endpoint: `${listener.origin}/oidc/userinfo`,
      response_types_supported: ["code", "id_token", "code id_token", "id_token token"],
      response_modes_supported: ["query", "fragment", "form_post"],
      subject_types_supported: ["pairwise"],
      id_token_signing_alg_values_supported: ["RS256"],
      token_endpoint_auth_methods_supported: ["client_secret_post", "private_key_jwt", "client_secret_basic"],
      scopes_supported: ["openid", "profile", "email", "offline_access"],
      claims_supported: ["sub", "iss", "aud", "exp", "iat", "nonce", "name", "email", "tid", "amr"],
      tenant_region_scope: null,
    };
  };
  listener.handle(async (req, res) => {
    const url = new URL(req.url ?? "/", listener.origin);
    const [, tenant, ...rest] = url.pathname.split("/");
    const path = rest.join("/");
    if (req.method === "GET" && path === "v2.0/.well-known/openid-configuration")
      return json(res, 200, discovery(tenant!));
    if (req.method === "GET" && path === "discovery/v2.0/keys") return json(res, 200, { keys: [jwk] });
    if (req.method === "GET" && path === "oauth2/v2.0/authorize") {
      const query = url.searchParams;
      if (query.get("client_id") !== client.clientId || query.get("code_challenge_method") !== "S256") {
        return res.writeHead(400).end("AADSTS700016: unknown application or no PKCE");
      }
      const code = randomUUID();
      codes.set(code, {
        user: next!,
        nonce: query.get("nonce") ?? undefined,
        challenge: query.get("code_challenge")!,
        redirectUri: query.get("redirect_uri")!,
      });
      const back = new URL(query.get("redirect_uri")!);
      back.searchParams.set("code", code);
      back.searchParams.set("state", query.get("state") ?? "");
      back.searchParams.set("session_state", randomUUID());
      return res.writeHead(302, { location: back.href }).end();
    }
    if (req.method === "POST" && path === "oauth2/v2.0/token") {
      let body = "";
      for await (const chunk of req) body += chunk;
      const form = new URLSearchParams(body);
      const pending = codes.get(form.get("code") ?? "");
      codes.delete(form.get("code") ?? "");
      const verifier = form.get("code_verifier") ?? "";
      const challenge = createHash("sha256").update(verifier).digest("base64url");
      if (
        form.get("client_id") !== client.clientId ||
        form.get("client_secret") !== client.clientSecret ||
        !pending ||
        pending.redirectUri !== form.get("redirect_uri") ||
        pending.challenge !== challenge
      ) {
        return json(res, 400, { error: "invalid_grant", error_description: "AADSTS70000: the code is invalid." });
      }
      const { user, nonce } = pending;
      const claims = {
        ver: "2.0",
        tid: user.tid,
        nonce,
        email: user.email,
        name: user.name,
        preferred_username: user.email,
        ...(user.xms_edov !== undefined && { xms_edov: user.xms_edov }),
        ...(user.amr && { amr: user.amr }),
        ...(user.acr && { acr: user.acr }),
      };
      const idToken = await new SignJWT(claims)
        .setProtectedHeader({ alg: "RS256", kid: jwk.kid, typ: "JWT" })
        .setIssuer(issuerOf(user.issuerTenant ?? user.tid))
        .setSubject(user.sub)
        .setAudience(client.clientId)
        .setIssuedAt()
        .setExpirationTime("1h")
        .sign(privateKey);
      return json(res, 200, {
        token_type: "Bearer",
        scope: "openid profile email",
        expires_in: 3600,
        access_token: `eyJ0eXAi.${randomUUID()}`,
        id_token: idToken,
      });
    }
    json(res, 404, { error: "not_found" });
  });
  return {
    ...listener,
    issuerOf,
    /** The user the next authorization signs in as. */
    signInAs(user: EntraUser) {
      next = user;
    },
  };
}
