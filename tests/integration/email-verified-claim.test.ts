import { randomUUID } from "node:crypto";
import { decodeJwt } from "jose";
import * as oidc from "openid-client";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { signUpUser } from "@/lib/accounts/users/sign-up-user";
import { verifyEmail } from "@/lib/accounts/users/verify-email";
import { Browser } from "./support/browser";
import { linkIn } from "./support/mail-catcher";
import { useServer } from "./support/use-server";
import { useMailCatcher } from "./support/use-mail-catcher";
import { registerWebApp, WEB_APP_REDIRECT } from "./support/register-web-app";
import { useBeforeAll } from "./support/use-before-all";

// Email_verified means something. openid-client as the app reads it from the ID token
// (asked for with the claims parameter, OIDC Core §5.5) and from userinfo, before and after the
// person opens the verification link caught by a real SMTP listener.
const REDIRECT = WEB_APP_REDIRECT;

describe("email_verified in ID tokens and userinfo", { timeout: 120_000 }, () => {
  const { server } = useServer();
  const mail = useMailCatcher();
  const app = useBeforeAll(() => registerWebApp(server().url, { scope: "openid email" }));

  async function claimsOf(account: { email: string; password: string }) {
    const verifier = oidc.randomPKCECodeVerifier();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(app().config, {
      redirect_uri: REDIRECT,
      scope: "openid email",
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      claims: JSON.stringify({ id_token: { email_verified: null, email: null } }),
    });
    const browser = new Browser(server().url);
    let page = await browser.visit(url.href);
    page = await browser.submit(page, "/login", account);
    if (page.status !== 0) page = await browser.submit(page, "/consent", { decision: "allow" });
    const tokens = await oidc.authorizationCodeGrant(app().config, new URL(page.url), {
      pkceCodeVerifier: verifier,
      expectedNonce: nonce,
      idTokenExpected: true,
    });
    const idToken = decodeJwt(tokens.id_token!);
    const userinfo = await oidc.fetchUserInfo(app().config, tokens.access_token, idToken.sub!);
    return { idToken, userinfo };
  }

  it("is false until the mailed link is opened, then true, in both", async () => {
    const account = { email: `claim-${randomUUID()}@example.test`, password: `password ${randomUUID()}` };
    await signUpUser({ name: "Claire", ...account }, { ip: randomUUID() });
    const before = await claimsOf(account);
    expect(before.idToken).toMatchObject({ email: account.email, email_verified: false });
    expect(before.userinfo).toMatchObject({ email: account.email, email_verified: false });

    const token = new URL(linkIn(await mail().waitFor(account.email))).searchParams.get("token");
    await verifyEmail(token);
    expect((await getDb().user.findUniqueOrThrow({ where: { email: account.email } })).emailVerifiedAt).toBeInstanceOf(
      Date,
    );
    const after = await claimsOf(account);
    expect(after.idToken).toMatchObject({ email_verified: true });
    expect(after.userinfo).toMatchObject({ email_verified: true });
  });
});
