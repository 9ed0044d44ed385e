import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as oidc from "openid-client";
import { createClient } from "@/lib/portal/clients/create-client";
import { getDb } from "@/lib/kernel/db/client";
import { CONSOLE_CLIENT_ID } from "@/lib/provider/oidc/console-client";
import { createRegistrationOptions } from "@/lib/accounts/passkeys/create-registration-options";
import { relyingParty } from "@/lib/accounts/passkeys/relying-party";
import { verifyRegistration } from "@/lib/accounts/passkeys/verify-registration";
import type { DomainError } from "@/lib/kernel/errors";
import { createInvitation } from "@/lib/accounts/settings/create-invitation";
import { deleteInvitation } from "@/lib/accounts/settings/delete-invitation";
import { getSignUpPolicy } from "@/lib/accounts/settings/get-sign-up-policy";
import { listPendingInvitations } from "@/lib/accounts/settings/list-invitations";
import { updateSignUpPolicy } from "@/lib/accounts/settings/update-sign-up-policy";
import { signUpUser } from "@/lib/accounts/users/sign-up-user";
import { verifyEmail } from "@/lib/accounts/users/verify-email";
import { createAdmin, createDeveloper } from "./support/api-fixtures";
import { withSession } from "./support/recent-session";
import { startAuthorization } from "./support/authorize";
import { Browser } from "./support/browser";
import { linkIn, startMailCatcher } from "./support/mail-catcher";
import { discover } from "./support/oauth";
import { SoftAuthenticator } from "./support/soft-authenticator";
import { useMailCatcher, sendMailTo } from "./support/use-mail-catcher";
import { startServer, type RunningServer } from "./support/start-server";
import { useTestDatabase } from "./support/use-test-database";

// The sign-up policy (stored in the database, so every process follows it) and
// administrators' invitations, which work under every policy.
const REDIRECT = "https://app.example/callback";
const PASSWORD = `plaintext-${randomUUID()}`;
const ip = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 4)}`;
const address = (domain = "example.test") => `it-${randomUUID()}@${domain}`;
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as DomainError,
  );

describe("sign-up policy and invitations", { timeout: 120_000 }, () => {
  const database = useTestDatabase();
  const mail = useMailCatcher();
  let server: RunningServer;
  let admin: Awaited<ReturnType<typeof createAdmin>>;

  beforeAll(async () => {
    server = await startServer({ ...database.current().env, ...mail().env });
    admin = await createAdmin();
  });
  afterEach(async () => {
    await updateSignUpPolicy(admin, { mode: "open" });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const signUp = (email: string, invitation?: string) =>
    signUpUser({ name: "Ann", email, password: PASSWORD }, { ip: ip(), invitation });
  // The page's HTML without React's text separators (<!-- -->).
  const signUpPage = async (query = "") =>
    (await (await fetch(`${server.url}/signup${query}`)).text()).replaceAll("<!-- -->", "");

  it("is open by default, and a closed policy refuses every address (taken or not) without writing", async () => {
    expect(await getSignUpPolicy()).toEqual({ mode: "open", domains: [] });
    await expect(signUp(address())).resolves.toEqual({ verified: false });

    await updateSignUpPolicy(admin, { mode: "closed" });
    const users = await getDb().user.count();
    for (const email of [address(), admin.email]) {
      expect(await refusal(signUp(email))).toMatchObject({
        code: "FORBIDDEN",
        message: expect.stringMatching(/closed.*invitation/),
      });
    }
    expect(await getDb().user.count()).toBe(users);
    // The server process reads the same row: its sign-up page says so at once, with no form.
    const page = await signUpPage();
    expect(page).toContain("Sign-up is closed");
    expect(page).not.toContain('name="password"');
  });

  it("admits only the listed domains, exactly", async () => {
    await updateSignUpPolicy(admin, { mode: "domains", domains: "Example.org\nexample.net" });
    await expect(signUp(address("example.org"))).resolves.toEqual({ verified: false });
    for (const domain of ["evil-example.org", "mail.example.org", "example.org.evil.test"]) {
      expect(await refusal(signUp(address(domain)))).toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await signUpPage()).toContain("Sign-up is open to addresses at example.org, example.net");
  });

  it("under listed domains an account there signs in (password or passkey, app or console) only with a verified address; the login page says so and mails the link again", async () => {
    await updateSignUpPolicy(admin, { mode: "domains", domains: "example.org" });
    const email = address("example.org");
    await signUp(email);
    await mail().waitFor(email);
    const user = await getDb().user.findUniqueOrThrow({
      where: { email },
      select: { id: true, email: true, name: true },
    });
    const owner = await createDeveloper("Publisher");
    const { client, client_secret } = await createClient(owner, {
      client_name: "Acme",
      application_type: "web",
      redirect_uris: [REDIRECT],
    });
    const app = await discover(server.url, client.client_id, client_secret);
    const consoleApp = await discover(server.url, CONSOLE_CLIENT_ID);
    const loginPage = async (config: oidc.Configuration, redirect: string) => {
      const browser = new Browser(server.url);
      return {
        browser,
        page: await browser.visit((await startAuthorization(config, redirect, { scope: "openid" })).url.href),
      };
    };
    const signIn = async (config = app, redirect = REDIRECT) => {
      const { browser, page } = await loginPage(config, redirect);
      return browser.submit(page, "/login", { email, password: PASSWORD });
    };
    // Verification links only (adding the passkey below mails a security notice too).
    const mailsTo = () =>
      mail().mails.filter((m) => m.to.includes(email) && !m.raw.includes("Subject: A security setting")).length;

    const refused = await signIn();
    expect(new URL(refused.url).searchParams.get("error")).toBe("unverified");
    expect(refused.html).toContain("Confirm your email address before you sign in");
    expect(
      new URL((await signIn(consoleApp, `${server.url}/api/auth/callback/ninka`)).url).searchParams.get("error"),
    ).toBe("unverified");
    // A passkey (added while the policy was open, say) does not get around it either.
    const authenticator = new SoftAuthenticator();
    const rp = relyingParty();
    const signedIn = await withSession(user); // adding a passkey needs a recent sign-in (step-up)
    const options = await createRegistrationOptions(signedIn);
    await verifyRegistration(signedIn, {
      name: "Laptop",
      response: authenticator.register({ challenge: options.challenge, origin: rp.origin, rpId: rp.id }),
    });
    const { browser, page } = await loginPage(app, REDIRECT);
    const base = new URL(page.url).pathname;
    const { challenge } = (await (await browser.request(`${base}/passkey/options`, { json: {} })).json()) as {
      challenge: string;
    };
    const assertion = authenticator.assert({
      challenge,
      origin: server.url,
      rpId: new URL(server.url).hostname,
      userId: user.id,
    });
    const byPasskey = await browser.request(`${base}/passkey/verify`, { json: assertion });
    expect(byPasskey.status).toBe(403);
    expect(((await byPasskey.json()) as { detail: string }).detail).toContain(
      "Confirm your email address before you sign in",
    );

    // Signing in again sends a new link, at most once a minute (the sign-up mail was just sent).
    expect(mailsTo()).toBe(1);
    await getDb().emailToken.updateMany({
      where: { userId: user.id },
      data: { createdAt: new Date(Date.now() - 61_000) },
    });
    await signIn();
    await expect.poll(mailsTo).toBe(2);
    await signIn();
    expect(mailsTo()).toBe(2);
    await verifyEmail(new URL(linkIn(await mail().waitFor(email))).searchParams.get("token"));
    expect((await signIn()).html).toContain('/consent"');
    // Another policy, or an address the policy does not decide, does not ask for it.
    await getDb().user.update({ where: { id: user.id }, data: { emailVerifiedAt: null } });
    await updateSignUpPolicy(admin, { mode: "domains", domains: "example.net" });
    expect((await signIn()).html).toContain('/consent"');
  });

  it("refuses a bad policy with field errors and keeps the old one", async () => {
    await updateSignUpPolicy(admin, { mode: "closed" });
    for (const input of [
      { mode: "domains", domains: "" },
      { mode: "domains", domains: "a\u0000b.com" },
      { mode: "sometimes" },
      null,
    ]) {
      expect(await refusal(updateSignUpPolicy(admin, input))).toMatchObject({ code: "VALIDATION" });
    }
    expect((await getSignUpPolicy()).mode).toBe("closed");
  });

  it("is the administrators' alone, and each change is audited with before and after", async () => {
    const developer = await createDeveloper("NotAdmin");
    const before = await getDb().auditEvent.count({ where: { action: "settings.changed" } });
    expect(await refusal(updateSignUpPolicy(developer, { mode: "closed" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(createInvitation(developer, { email: address() }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(listPendingInvitations(developer))).toMatchObject({ code: "NOT_FOUND" });
    expect((await getSignUpPolicy()).mode).toBe("open");

    await updateSignUpPolicy(admin, { mode: "domains", domains: "example.org" });
    const events = await getDb().auditEvent.findMany({
      where: { action: "settings.changed" },
      orderBy: { createdAt: "desc" },
    });
    expect(events.length).toBe(before + 1);
    expect(events[0]).toMatchObject({ actorId: admin.id, targetId: "sign-up-policy" });
    expect(JSON.parse(events[0]!.details)).toEqual({
      before: { mode: "open", domains: [] },
      after: { mode: "domains", domains: ["example.org"] },
    });
  });

  it("lets an invited person sign up under a closed policy, once, verified, with the invited address only", async () => {
    await updateSignUpPolicy(admin, { mode: "closed" });
    const invited = address();
    await createInvitation(admin, { email: invited.toUpperCase() });
    const link = new URL(linkIn(await mail().waitFor(invited)));
    const token = link.searchParams.get("invitation")!;
    expect(link.pathname).toBe("/signup");
    expect(JSON.stringify(await getDb().invitation.findMany())).not.toContain(token);

    const page = await signUpPage(link.search);
    expect(page).toContain(invited);
    expect(page).toContain('name="password"');

    const other = await refusal(signUp(address(), token));
    expect(other).toMatchObject({ code: "VALIDATION", fieldErrors: { email: [expect.stringContaining(invited)] } });
    await expect(signUp(invited, token)).resolves.toEqual({ verified: true });
    const user = await getDb().user.findUniqueOrThrow({ where: { email: invited } });
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await getDb().auditEvent.count({ where: { action: "signup.succeeded", userId: user.id } })).toBe(1);

    // Single use: the same link neither makes a second account nor shows a form any more.
    expect(await refusal(signUp(invited, token))).toMatchObject({ code: "FORBIDDEN" });
    expect(await signUpPage(link.search)).toContain("already used, has expired or was withdrawn");
  });

  it("makes exactly one account when two sign-ups race on one link", async () => {
    const invited = address();
    await createInvitation(admin, { email: invited });
    const token = new URL(linkIn(await mail().waitFor(invited))).searchParams.get("invitation")!;
    const outcomes = await Promise.allSettled([signUp(invited, token), signUp(invited, token)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(await getDb().user.count({ where: { email: invited } })).toBe(1);
  });

  it("refuses an expired or withdrawn invitation, and lists only pending ones", async () => {
    const [expired, withdrawn] = [address(), address()];
    const first = await createInvitation(admin, { email: expired });
    const second = await createInvitation(admin, { email: withdrawn });
    const expiredToken = new URL(linkIn(await mail().waitFor(expired))).searchParams.get("invitation")!;
    const withdrawnToken = new URL(linkIn(await mail().waitFor(withdrawn))).searchParams.get("invitation")!;
    await getDb().invitation.update({ where: { id: first.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await deleteInvitation(admin, second.id);
    const pending = (await listPendingInvitations(admin)).map((i) => i.id);
    expect(pending).not.toContain(first.id);
    expect(pending).not.toContain(second.id);
    expect(await refusal(signUp(expired, expiredToken))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(signUp(withdrawn, withdrawnToken))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(deleteInvitation(admin, second.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await getDb().user.count({ where: { email: { in: [expired, withdrawn] } } })).toBe(0);
  });

  it("removes the invitation again when its mail cannot be sent", async () => {
    const refusing = await startMailCatcher({ refuse: true });
    sendMailTo(refusing);
    try {
      const invited = address();
      expect(await refusal(createInvitation(admin, { email: invited }))).toMatchObject({ code: "MAIL_UNAVAILABLE" });
      expect(await getDb().invitation.count({ where: { email: invited } })).toBe(0);
    } finally {
      sendMailTo(mail());
      await refusing.close();
    }
  });
});
