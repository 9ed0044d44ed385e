import { createHash } from "node:crypto";
import { decodeJwt } from "jose";
import * as oidc from "openid-client";
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { createRegistrationOptions } from "@/lib/accounts/passkeys/create-registration-options";
import { relyingParty } from "@/lib/accounts/passkeys/relying-party";
import { verifyRegistration } from "@/lib/accounts/passkeys/verify-registration";
import { confirmTotpEnrolment, createTotpEnrolment } from "@/lib/accounts/two-step/manage-totp";
import { createDeveloper } from "./support/api-fixtures";
import { withSession } from "./support/recent-session";
import { startAuthorization } from "./support/authorize";
import { Browser, type Page } from "./support/browser";
import { SoftAuthenticator } from "./support/soft-authenticator";
import { registerWebApp, WEB_APP_REDIRECT } from "./support/register-web-app";
import { useServer } from "./support/use-server";
import { useBeforeAll } from "./support/use-before-all";

// Passkeys on both databases: registration through lib/ (the account page's server actions call
// it), sign-in through the real HTTP routes with a software authenticator, openid-client as the
// app. Challenges are server-side and single use (ARCHITECTURE.md "Passkeys"): a wrong, expired,
// foreign or reused one is a 4xx, and nothing about the passkey or the sign-in is written.
const REDIRECT = WEB_APP_REDIRECT;
// The shared server's per-IP sign-in throttle counts failed passkey checks too: this file's requests
// come from an address of its own (use-server.ts), so its refusals never lock out another file.
const ADDRESS = { "x-forwarded-for": "192.0.2.42" };
const challengeDigest = (challenge: string) => createHash("sha256").update(challenge).digest("base64url");
const expire = (challenge: string) =>
  getDb().passkeyChallenge.update({
    where: { id: challengeDigest(challenge) },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });

describe("passkeys (WebAuthn): add, sign in alone, second step, refusals", () => {
  const { server } = useServer();
  const app = useBeforeAll(() => registerWebApp(server().url, { client_uri: "https://app.example" }));

  async function withPasskey(name = "Key") {
    // Adding a passkey needs a recent sign-in (step-up): the actor as a freshly signed-in console.
    const user = await withSession(await createDeveloper(name));
    const authenticator = new SoftAuthenticator();
    const rp = relyingParty();
    const options = await createRegistrationOptions(user);
    await verifyRegistration(user, {
      name: "Laptop",
      response: authenticator.register({ challenge: options.challenge, origin: rp.origin, rpId: rp.id }),
    });
    return { user, authenticator };
  }

  /** A login page of a fresh authorization in a fresh browser, and helpers to post to its routes. */
  async function loginPage() {
    const browser = new Browser(server().url, ADDRESS);
    const auth = await startAuthorization(app().config, REDIRECT);
    const page = await browser.visit(auth.url.href);
    const base = new URL(page.url).pathname;
    const post = (path: string, json: unknown = {}) => browser.request(`${base}${path}`, { json });
    const challenge = async (path = "/passkey/options") =>
      ((await (await post(path)).json()) as { challenge: string }).challenge;
    return { browser, auth, base, post, challenge };
  }
  const server_ = () => ({ origin: server().url, rpId: new URL(server().url).hostname });

  /** Follows `location` through consent to the app; returns the ID token's claims. */
  async function finish(browser: Browser, location: string, auth: { verifier: string; state: string }) {
    let page: Page = await browser.visit(location);
    for (let i = 0; page.status !== 0 && page.html.includes('/consent"') && i < 2; i++)
      page = await browser.submit(page, "/consent", { decision: "allow" });
    const tokens = await oidc.authorizationCodeGrant(app().config, new URL(page.url), {
      pkceCodeVerifier: auth.verifier,
      expectedState: auth.state,
      idTokenExpected: true,
    });
    return decodeJwt(tokens.id_token!);
  }

  it("stores only public material, refuses a reused, expired or another user's registration challenge with nothing written", async () => {
    const { user, authenticator } = await withPasskey("Holder");
    const [row] = await getDb().passkey.findMany({ where: { userId: user.id } });
    expect(row).toMatchObject({ credentialId: authenticator.id, name: "Laptop", counter: 0, lastUsedAt: null });
    expect(await getDb().passkeyChallenge.count({ where: { subject: user.id } })).toBe(0); // spent

    const rp = relyingParty();
    const attempt = async (actor: Actor, challenge: string, origin = rp.origin) =>
      verifyRegistration(actor, {
        name: "Other",
        response: new SoftAuthenticator().register({ challenge, origin, rpId: rp.id }),
      });
    const other = await withSession(await createDeveloper("Other"));
    const reused = (await createRegistrationOptions(user)).challenge;
    await attempt(user, reused);
    await expect(attempt(user, reused)).rejects.toMatchObject({ code: "VALIDATION" }); // single use
    const expired = (await createRegistrationOptions(user)).challenge;
    await expire(expired);
    await expect(attempt(user, expired)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(attempt(other, (await createRegistrationOptions(user)).challenge)).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(
      attempt(user, (await createRegistrationOptions(user)).challenge, "https://evil.example"),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(verifyRegistration(user, { name: "", response: {} })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await getDb().passkey.count({ where: { userId: user.id } })).toBe(2); // the first and the one valid retry
    expect(await getDb().passkey.count({ where: { userId: other.id } })).toBe(0);
  });

  it("signs in with a passkey alone over HTTP (amr [hwk, user]); bad, expired, foreign and reused challenges are 4xx and change nothing", async () => {
    const { user, authenticator } = await withPasskey("Alone");
    const rp = server_();
    const { browser, auth, post, challenge, base } = await loginPage();
    const assertion = (c: string) => authenticator.assert({ challenge: c, ...rp, userId: user.id });

    expect((await post("/passkey/verify", assertion("not-a-challenge"))).status).toBe(401);
    const expired = await challenge();
    await expire(expired);
    expect((await post("/passkey/verify", assertion(expired))).status).toBe(401);
    const foreign = await (await loginPage()).challenge(); // another browser's interaction
    expect((await post("/passkey/verify", assertion(foreign))).status).toBe(401);
    const used = await challenge();
    const tampered = assertion(used);
    tampered.response.signature = assertion("x").response.signature;
    expect((await post("/passkey/verify", tampered)).status).toBe(401); // spends the challenge
    expect((await post("/passkey/verify", assertion(used))).status).toBe(401); // reused
    expect((await post("/passkey/verify", { id: "x" })).status).toBe(400);
    expect(
      (
        await new Browser(server().url, ADDRESS).request(`${base}/passkey/verify`, {
          json: assertion(await challenge()),
        })
      ).status,
    ).toBe(404); // no interaction cookie
    expect(await getDb().passkey.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({
      counter: 0,
      lastUsedAt: null,
    });
    // Asking again replaces the interaction's outstanding challenge: the table cannot be grown.
    for (let i = 0; i < 3; i++) await challenge();
    expect(
      await getDb().passkeyChallenge.count({ where: { purpose: "sign-in", subject: base.split("/").pop()! } }),
    ).toBe(1);

    // Those five failures filled the account's throttle window (next test); let it pass.
    await getDb().loginAttempt.deleteMany({ where: { key: `account:${user.email}` } });
    const ok = await post("/passkey/verify", assertion(await challenge()));
    expect(ok.status).toBe(200);
    const claims = await finish(browser, ((await ok.json()) as { location: string }).location, auth);
    expect(claims).toMatchObject({ sub: user.id, amr: ["hwk", "user"] });
    expect((await getDb().passkey.findFirstOrThrow({ where: { userId: user.id } })).lastUsedAt).not.toBeNull();
  });

  it("is offered as the second step after the password (amr [pwd, hwk]); a sign-in challenge does not serve there", async () => {
    const { user, authenticator } = await withPasskey("Second");
    const { key } = await createTotpEnrolment(user);
    await confirmTotpEnrolment(user, await generate({ secret: key }));
    const rp = server_();
    const { browser, auth, post, challenge, base } = await loginPage();
    const signInChallenge = await challenge();
    const page = await browser.submit(await browser.visit(base), "/login", {
      email: user.email,
      password: user.password,
    });
    expect(page.url).toContain("/second-step");
    const options = (await (await post("/second-step/passkey/options")).json()) as {
      challenge: string;
      allowCredentials: { id: string }[];
    };
    expect(options.allowCredentials.map((c) => c.id)).toEqual([authenticator.id]);
    const assertion = (c: string) =>
      authenticator.assert({ challenge: c, ...rp, userId: user.id, userVerified: false });
    expect((await post("/second-step/passkey/verify", assertion(signInChallenge))).status).toBe(401);
    const ok = await post("/second-step/passkey/verify", assertion(options.challenge));
    expect(ok.status).toBe(200);
    expect(await finish(browser, ((await ok.json()) as { location: string }).location, auth)).toMatchObject({
      sub: user.id,
      amr: ["pwd", "hwk"],
    });
  });

  it("throttles failed passkey assertions like passwords (the account's bucket): 429 even for a good one", async () => {
    const { user, authenticator } = await withPasskey("Hammered");
    const rp = server_();
    const { post, challenge } = await loginPage();
    for (let i = 0; i < 5; i++)
      expect(
        (await post("/passkey/verify", authenticator.assert({ challenge: `bad-${i}`, ...rp, userId: user.id }))).status,
      ).toBe(401);
    const refused = await post(
      "/passkey/verify",
      authenticator.assert({ challenge: await challenge(), ...rp, userId: user.id }),
    );
    expect(refused.status).toBe(429);
    expect((await getDb().passkey.findFirstOrThrow({ where: { userId: user.id } })).lastUsedAt).toBeNull();
  });

  it("refuses a disabled account's passkey (403) and an unknown passkey (401)", async () => {
    const { user, authenticator } = await withPasskey("Disabled");
    await getDb().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    const rp = server_();
    const { post, challenge } = await loginPage();
    expect(
      (await post("/passkey/verify", authenticator.assert({ challenge: await challenge(), ...rp, userId: user.id })))
        .status,
    ).toBe(403);
    expect(
      (
        await post(
          "/passkey/verify",
          new SoftAuthenticator().assert({ challenge: await challenge(), ...rp, userId: user.id }),
        )
      ).status,
    ).toBe(401);
  });
});
