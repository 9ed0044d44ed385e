import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";
import { Browser } from "./browser";

// Identity providers for the federation tests (ARCHITECTURE.md "Federation"), on loopback ports
// of the test process: a bare node-oidc-provider (discovery, PKCE, ID tokens, userinfo, RFC 9207
// `iss`), and a stand-in for GitHub serving the shapes of its documented OAuth token endpoint and
// its /user and /user/emails API (under /api/v3, as GitHub Enterprise Server does).

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
    close: () => new Promise((resolve) => server.close(() => resolve())),
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
