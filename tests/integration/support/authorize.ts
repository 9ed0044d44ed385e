import * as oidc from "openid-client";
import { Browser, type Page } from "./browser";

// The end user's side of an authorization: the app (openid-client) builds the URL with PKCE, the
// user's browser signs in and answers the consent screen, and the app reads the redirect.
export type Authorization = {
  /** The app's redirect URI with code/state or error, as the browser reached it. */
  callback: URL;
  verifier: string;
  state: string;
  /** The consent screen, when one was shown. */
  consent: Page | null;
};

type Options = {
  scope?: string;
  prompt?: string;
  /** RFC 8707 resource indicator (an API's identifier). */
  resource?: string;
  decision?: "allow" | "deny";
  account?: { email: string; password: string };
  /** Sends the authorization request as a form POST (OIDC Core 1.0 §3.1.2.1), as a page's form would. */
  post?: boolean;
  /** Pushes the request to the PAR endpoint first (RFC 9126) and sends the browser with its request_uri. */
  par?: boolean;
};

export async function startAuthorization(config: oidc.Configuration, redirectUri: string, options: Options = {}) {
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const parameters = {
    redirect_uri: redirectUri,
    scope: options.scope ?? "openid profile email",
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
    ...(options.prompt && { prompt: options.prompt }),
    ...(options.resource && { resource: options.resource }),
  };
  const url = options.par
    ? await oidc.buildAuthorizationUrlWithPAR(config, parameters)
    : oidc.buildAuthorizationUrl(config, parameters);
  return { url, verifier, state };
}

/** Runs an authorization in `browser`; signs in with `account` when the login page shows. */
export async function authorize(
  browser: Browser,
  config: oidc.Configuration,
  redirectUri: string,
  options: Options = {},
): Promise<Authorization> {
  const { url, verifier, state } = await startAuthorization(config, redirectUri, options);
  let page = options.post
    ? await browser.visit(`${url.origin}${url.pathname}`, { form: Object.fromEntries(url.searchParams) })
    : await browser.visit(url.href);
  let consent: Page | null = null;
  for (let step = 0; page.status !== 0; step++) {
    if (step > 3) throw new Error(`Authorization did not finish: ${page.url}\n${page.html.slice(0, 1000)}`);
    if (page.html.includes('/login"')) {
      if (!options.account) throw new Error("The login page showed, but no account was given");
      page = await browser.submit(page, "/login", { email: options.account.email, password: options.account.password });
    } else if (page.html.includes('/consent"')) {
      consent = page;
      page = await browser.submit(page, "/consent", { decision: options.decision ?? "allow" });
    } else {
      throw new Error(`Unexpected page ${page.url} (${page.status}):\n${page.html.slice(0, 1000)}`);
    }
  }
  return { callback: new URL(page.url), verifier, state, consent };
}

/** The scopes a consent page lists, and which of them it marks new. */
export function consentScopesOf(page: Page): { listed: string[]; fresh: string[] } {
  const items = [...page.html.matchAll(/<li[^>]*data-scope="([^"]+)"([^>]*)>/g)];
  return { listed: items.map((m) => m[1]!), fresh: items.filter((m) => m[2]!.includes("data-new")).map((m) => m[1]!) };
}
