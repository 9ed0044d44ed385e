import { decodeJwt } from "jose";
import * as oidc from "openid-client";
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { ACR } from "@/lib/provider/oidc/acr";
import { confirmTotpEnrolment, createTotpEnrolment } from "@/lib/accounts/two-step/manage-totp";
import { createDeveloper } from "./support/api-fixtures";
import { withSession } from "./support/recent-session";
import { Browser, type Page } from "./support/browser";
import { useServer } from "./support/use-server";
import { registerWebApp, WEB_APP_REDIRECT } from "./support/register-web-app";
import { useBeforeAll } from "./support/use-before-all";

// `prompt=login`, `max_age` and `acr_values` from an app are honoured (oidc-provider's
// checks, plus Ninka's for acr_values), with openid-client as the app.
const REDIRECT = WEB_APP_REDIRECT;
const STEP = 30;

describe("prompt=login, max_age and acr_values", { timeout: 120_000 }, () => {
  const { server } = useServer();
  const app = useBeforeAll(() => registerWebApp(server().url));

  /** One authorization in `browser`; returns which pages showed and the ID token's claims. */
  async function authorize(
    browser: Browser,
    account: { email: string; password: string },
    params: Record<string, string> = {},
    code?: () => Promise<string>,
  ) {
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const url = oidc.buildAuthorizationUrl(app().config, {
      redirect_uri: REDIRECT,
      scope: "openid",
      state,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      ...params,
    });
    let page: Page = await browser.visit(url.href);
    const shown: string[] = [];
    for (let i = 0; page.status !== 0 && i < 5; i++) {
      if (page.html.includes('/second-step/verify"') && code) {
        shown.push("second-step");
        page = await browser.submit(page, "/second-step/verify", { code: await code() });
      } else if (page.html.includes('/login"')) {
        shown.push("login");
        page = await browser.submit(page, "/login", account);
      } else if (page.html.includes('/consent"')) {
        shown.push("consent");
        page = await browser.submit(page, "/consent", { decision: "allow" });
      } else throw new Error(`unexpected page ${page.url}`);
    }
    const tokens = await oidc.authorizationCodeGrant(app().config, new URL(page.url), {
      pkceCodeVerifier: verifier,
      expectedState: state,
      idTokenExpected: true,
      ...(params.max_age && { maxAge: Number(params.max_age) }),
    });
    return { shown, claims: decodeJwt(tokens.id_token!) };
  }

  it("advertises its acr values, and a password sign-in has the password acr", async () => {
    expect(app().config.serverMetadata().acr_values_supported).toEqual([ACR.password, ACR.multiFactor]);
    const user = await createDeveloper("Plain");
    const first = await authorize(new Browser(server().url), user);
    expect(first.shown).toEqual(["login", "consent"]);
    expect(first.claims).toMatchObject({ acr: ACR.password, amr: ["pwd"] });
  });

  it("prompt=login and max_age=0 ask for the password again; a generous max_age does not, and auth_time tells", async () => {
    const user = await createDeveloper("Again");
    const browser = new Browser(server().url);
    await authorize(browser, user);
    expect((await authorize(browser, user)).shown).toEqual([]); // signed in, consent remembered
    expect((await authorize(browser, user, { prompt: "login" })).shown).toEqual(["login"]);
    const fresh = await authorize(browser, user, { max_age: "0" });
    expect(fresh.shown).toEqual(["login"]);
    expect(typeof fresh.claims.auth_time).toBe("number");
    expect((await authorize(browser, user, { max_age: "3600" })).shown).toEqual([]);
  });

  it("acr_values asking for two factors makes a password-only session sign in again, once; with TOTP it gets the mfa acr", async () => {
    const user = await withSession(await createDeveloper("Strong"));
    const browser = new Browser(server().url);
    await authorize(browser, user);
    // No second factor enrolled: asked again once, and acr says what happened; the app decides.
    const weak = await authorize(browser, user, { acr_values: ACR.multiFactor });
    expect(weak.shown).toEqual(["login"]);
    expect(weak.claims.acr).toBe(ACR.password);

    const { key } = await createTotpEnrolment(user);
    await confirmTotpEnrolment(user, await generate({ secret: key }));
    const next = () => generate({ secret: key, epoch: Math.floor(Date.now() / 1000) + STEP });
    const strong = await authorize(browser, user, { acr_values: ACR.multiFactor }, next);
    expect(strong.shown).toEqual(["login", "second-step"]);
    expect(strong.claims).toMatchObject({ acr: ACR.multiFactor, amr: ["pwd", "otp"] });
    // The session now has two factors: the same request passes straight through.
    expect((await authorize(browser, user, { acr_values: ACR.multiFactor }, next)).shown).toEqual([]);
  });
});
