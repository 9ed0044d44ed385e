import { performance } from "node:perf_hooks";
import { signInToConsole } from "../support/console-session";
import type { CookieJar } from "../support/cookie-jar";
import { expectStatus, form, FORM, request, type HttpResponse } from "../support/http";
import { pkcePair, randomState } from "../support/pkce";
import type { Account, AppClient } from "../support/oauth-flow";

// The three steps a person waits for in a browser (bench/README.md "Slow steps"), each timed from
// the request a browser sends to the page or redirect it ends on, redirects between them included.
export type StepTimes = { passwordToConsent: number; allowToCallback: number; firstAccountPage: number };

/** Follows same-origin redirects from `response` until one leaves for `stopAt` or a page answers. */
async function settle(jar: CookieJar, from: URL, response: HttpResponse, stopAt: string) {
  let current = from;
  for (let hop = 0; response.status >= 300 && response.status < 400; hop++) {
    const location = response.headers.location ?? "";
    if (location.startsWith(stopAt) || hop > 8) return { response, at: current };
    current = new URL(location, current);
    response = await jar.send(current);
  }
  return { response, at: current };
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await run();
  return [result, Math.round((performance.now() - started) * 10) / 10];
}

/** One first sign-in to `app` in a fresh browser (`jar`): login page, password, consent, callback; then /account. */
export async function measureSteps(jar: CookieJar, issuer: string, app: AppClient, account: Account) {
  const { challenge } = pkcePair();
  const authorize = new URL(`${issuer}/authorize`);
  for (const [key, value] of Object.entries({
    client_id: app.clientId,
    response_type: "code",
    redirect_uri: app.redirectUri,
    scope: app.scope,
    state: randomState(),
    code_challenge: challenge,
    code_challenge_method: "S256",
  }))
    authorize.searchParams.set(key, value);
  const login = await settle(jar, authorize, await jar.send(authorize), app.redirectUri);
  expectStatus(login.response, 200, "the login page");
  // Each interaction has its own address: the consent page after the password is a new one.
  const post = (page: URL, path: string, fields: Record<string, string>) => {
    const url = new URL(`${page.pathname}/${path}`, page);
    return jar
      .send(url, { method: "POST", headers: { "content-type": FORM }, body: form(fields) })
      .then((response) => settle(jar, url, response, app.redirectUri));
  };
  const [consent, passwordToConsent] = await timed(() => post(login.at, "login", account));
  if (!consent.response.body.includes(`${consent.at.pathname}/consent"`))
    throw new Error(`after the password: no consent page (${consent.response.status})`);
  const [callback, allowToCallback] = await timed(() => post(consent.at, "consent", { decision: "allow" }));
  if (!callback.response.headers.location?.startsWith(app.redirectUri))
    throw new Error(`after Allow: not sent to the app (${callback.response.status})`);
  const origin = new URL(issuer).origin;
  const cookie = await signInToConsole(origin, account);
  const [page, firstAccountPage] = await timed(() => request(`${origin}/account`, { headers: { cookie } }));
  expectStatus(page, 200, "/account");
  return { passwordToConsent, allowToCallback, firstAccountPage } satisfies StepTimes;
}
