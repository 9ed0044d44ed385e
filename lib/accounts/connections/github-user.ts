import "server-only";
import * as oidc from "openid-client";
import type { UpstreamIdentity } from "./upstream-identity";

// GitHub speaks OAuth 2.0 only (ARCHITECTURE.md "Federation"): no ID token, so the person comes
// from its REST API, `/user` and `/user/emails`, and the address only from the primary one, only
// when GitHub says it is verified. GitHub says nothing of how the person signed in.
type GitHubEmail = { email?: unknown; primary?: unknown; verified?: unknown };

// GitHub Enterprise Server serves the same API under /api/v3 of its own host.
const gitHubApi = (issuer: string) =>
  new URL(issuer).host === "github.com" ? "https://api.github.com" : `${issuer.replace(/\/$/, "")}/api/v3`;

/** GitHub's own endpoints: it publishes no discovery document. */
export const gitHubServer = (issuer: string): oidc.ServerMetadata => {
  const base = issuer.replace(/\/$/, "");
  return {
    issuer,
    authorization_endpoint: `${base}/login/oauth/authorize`,
    token_endpoint: `${base}/login/oauth/access_token`,
  };
};

export async function gitHubIdentity(
  config: oidc.Configuration,
  issuer: string,
  accessToken: string,
): Promise<UpstreamIdentity> {
  const api = gitHubApi(issuer);
  const read = async (path: string) => {
    const headers = new Headers({ accept: "application/vnd.github+json" });
    const response = await oidc.fetchProtectedResource(config, accessToken, new URL(api + path), "GET", null, headers);
    if (!response.ok) throw new Error(`GitHub answered ${response.status} for ${path}`);
    return (await response.json()) as unknown;
  };
  const user = (await read("/user")) as { id?: unknown; name?: unknown; login?: unknown };
  if (typeof user.id !== "number" && typeof user.id !== "string") throw new Error("GitHub sent no user id");
  const emails = await read("/user/emails");
  const primary = Array.isArray(emails)
    ? (emails as GitHubEmail[]).find((entry) => entry.primary === true && entry.verified === true)
    : undefined;
  const name =
    typeof user.name === "string" && user.name ? user.name : typeof user.login === "string" ? user.login : null;
  return {
    issuer,
    subject: String(user.id),
    email: typeof primary?.email === "string" ? primary.email.toLowerCase() : null,
    emailVerified: typeof primary?.email === "string",
    name,
    amr: [],
    acr: null,
  };
}
