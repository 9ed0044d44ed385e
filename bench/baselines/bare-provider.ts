// The baseline server: node-oidc-provider as installed (the version Ninka runs), mounted at /oauth
// the way server.ts mounts it, with static clients and a stand-in for Ninka's login and consent
// pages that signs the one bench user in and consents to whatever is asked, without a page.
// PORT, HOST and NINKA_URL (the origin) as bench/support/child-server.ts passes them to every server.
// BARE_ADAPTER=memory: the provider's in-memory adapter, clients in the configuration.
// BARE_ADAPTER=sqlite: ./sqlite-adapter.ts in BARE_DATA_DIR, clients read from SQLite per request.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { join } from "node:path";
import Provider, { type Configuration, type JWK } from "oidc-provider";
import { BARE_ACCOUNT, BARE_CLIENTS } from "./bare-clients";
import { sqliteAdapter } from "./sqlite-adapter";

const { PORT, HOST = "127.0.0.1", NINKA_URL, BARE_ADAPTER, BARE_DATA_DIR } = process.env;
if (!PORT || !NINKA_URL || (BARE_ADAPTER !== "memory" && BARE_ADAPTER !== "sqlite")) {
  throw new Error("bare-provider needs PORT, NINKA_URL and BARE_ADAPTER=memory|sqlite");
}

// The same key types Ninka publishes (ES256 first, RS256), made fresh at each start.
const privateJwk = (type: "ec" | "rsa", alg: string): JWK => {
  const { privateKey } =
    type === "ec"
      ? generateKeyPairSync("ec", { namedCurve: "P-256" })
      : generateKeyPairSync("rsa", { modulusLength: 2048 });
  return {
    ...(privateKey.export({ format: "jwk" }) as JWK),
    alg,
    use: "sig",
    kid: `${alg}-${randomBytes(4).toString("hex")}`,
  };
};

const Adapter = BARE_ADAPTER === "sqlite" ? sqliteAdapter(join(BARE_DATA_DIR ?? ".", "bare.db")) : undefined;
if (Adapter)
  for (const client of BARE_CLIENTS) await new Adapter("Client").upsert(String(client.client_id), { ...client }, 0);

// Ninka's choices where they change the work per request (PKCE, code only, ttl, scopes, claims).
const configuration: Configuration = {
  ...(Adapter && { adapter: Adapter }),
  clients: Adapter ? [] : BARE_CLIENTS,
  jwks: { keys: [privateJwk("ec", "ES256"), privateJwk("rsa", "RS256")] },
  cookies: { keys: [randomBytes(32).toString("base64url")] },
  findAccount: (_ctx, id) => ({
    accountId: id,
    claims: () => ({ sub: id, name: "Bench", email: BARE_ACCOUNT.email, email_verified: true }),
  }),
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  features: { devInteractions: { enabled: false }, clientCredentials: { enabled: true } },
  routes: { authorization: "/authorize", token: "/token", jwks: "/jwks", userinfo: "/userinfo" },
  responseTypes: ["code"],
  pkce: { required: () => true },
  scopes: ["openid", "profile", "email", "offline_access"],
  claims: { profile: ["name", "updated_at"], email: ["email", "email_verified"] },
  ttl: {
    AccessToken: 3600,
    AuthorizationCode: 60,
    ClientCredentials: 3600,
    IdToken: 3600,
    Interaction: 3600,
    RefreshToken: 14 * 24 * 3600,
    Session: 14 * 24 * 3600,
    Grant: 365 * 24 * 3600,
  },
};
const provider = new Provider(`${NINKA_URL}/oauth`, configuration);
const oidc = provider.callback();

// The stand-in for login and consent: one step, no page.
async function interact(req: IncomingMessage, res: ServerResponse) {
  const details = await provider.interactionDetails(req, res);
  const clientId = String(details.params.client_id);
  const grant =
    (details.grantId && (await provider.Grant.find(details.grantId))) ||
    new provider.Grant({ accountId: BARE_ACCOUNT.id, clientId });
  grant.addOIDCScope(String(details.params.scope));
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: BARE_ACCOUNT.id }, consent: { grantId } },
    { mergeWithLastSubmission: false },
  );
}

createServer((req: IncomingMessage & { originalUrl?: string }, res) => {
  const url = req.url ?? "/";
  if (url.startsWith("/oauth/")) {
    req.originalUrl = url;
    req.url = url.slice("/oauth".length);
    return oidc(req, res);
  }
  if (url.startsWith("/interaction/")) {
    return void interact(req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  }
  res.statusCode = 404;
  res.end();
}).listen(Number(PORT), HOST);
