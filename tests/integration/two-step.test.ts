import { decodeJwt } from "jose";
import * as oidc from "openid-client";
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import {
  confirmTotpEnrolment,
  createTotpEnrolment,
  regenerateRecoveryCodes,
} from "@/lib/accounts/two-step/manage-totp";
import { createDeveloper } from "./support/api-fixtures";
import { withSession } from "./support/recent-session";
import { startAuthorization } from "./support/authorize";
import { Browser, type Page } from "./support/browser";
import { registerWebApp, WEB_APP_REDIRECT } from "./support/register-web-app";
import { useServer } from "./support/use-server";
import { useBeforeAll } from "./support/use-before-all";

// Two-step sign-in end to end: TOTP enrolment in lib/, then openid-client as the app and a
// cookie-jar browser that signs in with the password and then a TOTP or recovery code.
const REDIRECT = WEB_APP_REDIRECT;
const STEP = 30;

describe("two-step sign-in (TOTP, recovery codes, amr)", () => {
  const { server } = useServer();
  const app = useBeforeAll(() => registerWebApp(server().url, { client_uri: "https://app.example" }));

  /** Signs in; answers the second step with `codes` in turn; returns the ID token's amr. */
  async function signIn(account: { email: string; password: string }, codes: string[] = []) {
    const browser = new Browser(server().url);
    const { url, verifier, state } = await startAuthorization(app().config, REDIRECT);
    let page: Page = await browser.visit(url.href);
    page = await browser.submit(page, "/login", { email: account.email, password: account.password });
    const seen: string[] = [];
    for (const code of codes) {
      seen.push(page.url);
      if (!page.html.includes("/second-step/verify")) break;
      page = await browser.submit(page, "/second-step/verify", { code });
    }
    for (let i = 0; page.status !== 0 && page.html.includes('/consent"') && i < 2; i++)
      page = await browser.submit(page, "/consent", { decision: "allow" });
    if (page.status !== 0) return { amr: null, page, seen };
    const tokens = await oidc.authorizationCodeGrant(app().config, new URL(page.url), {
      pkceCodeVerifier: verifier,
      expectedState: state,
      idTokenExpected: true,
    });
    return { amr: decodeJwt(tokens.id_token!).amr, page, seen };
  }

  it("password only gives amr [pwd]", async () => {
    const user = await createDeveloper("Plain");
    expect((await signIn(user)).amr).toEqual(["pwd"]);
  });

  it("enrols TOTP (sealed key), asks for a code after the password, amr [pwd, otp]; recovery codes work once", async () => {
    const user = await withSession(await createDeveloper("Careful"));
    const { key } = await createTotpEnrolment(user);
    const row = await getDb().totpFactor.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.secretJwe).not.toContain(key); // sealed, never plaintext
    await expect(confirmTotpEnrolment(user, "000000")).rejects.toThrow(/not right/);
    const codes = await confirmTotpEnrolment(user, await generate({ secret: key }));
    expect(codes).toHaveLength(10);
    const digests = await getDb().recoveryCode.findMany({ where: { userId: user.id } });
    expect(digests.map((d) => d.digest)).not.toContain(codes[0]);

    // The code used to confirm cannot be replayed; the next time step's code works.
    const next = await generate({ secret: key, epoch: Math.floor(Date.now() / 1000) + STEP });
    const withOtp = await signIn(user, ["123456", next]);
    expect(withOtp.seen[0]).toContain("/second-step");
    expect(withOtp.amr).toEqual(["pwd", "otp"]);

    expect((await signIn(user, [codes[0]!])).amr).toEqual(["pwd", "otp"]);
    const again = await signIn(user, [codes[0]!]);
    expect(again.amr).toBeNull(); // spent
    expect(again.page.html).toContain("That code is not right");

    const fresh = await regenerateRecoveryCodes(user);
    expect(await signIn(user, [codes[1]!])).toMatchObject({ amr: null }); // old codes replaced
    expect((await signIn(user, [fresh[0]!])).amr).toEqual(["pwd", "otp"]);
    const events = await getDb().auditEvent.findMany({ where: { userId: user.id, action: "two_step.changed" } });
    expect(events.map((e) => JSON.parse(e.details).change).sort()).toEqual([
      "recovery_codes_regenerated",
      "totp_enrolled",
    ]);
  });

  it("throttles wrong codes like passwords", async () => {
    const user = await withSession(await createDeveloper("Guessed"));
    const { key } = await createTotpEnrolment(user);
    await confirmTotpEnrolment(user, await generate({ secret: key }));
    const { page } = await signIn(user, ["000001", "000002", "000003", "000004", "000005", "000006"]);
    expect(page.html).toContain("Too many codes tried");
  });
});
