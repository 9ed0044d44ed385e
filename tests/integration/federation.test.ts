import { randomUUID } from "node:crypto";
import * as oidc from "openid-client";
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliActor } from "@/lib/kernel/actors/any-actor";
import { getDb } from "@/lib/kernel/db/client";
import {
  createConnection,
  updateConnectionEnabled,
  updateConnectionSettings,
} from "@/lib/accounts/connections/manage-connections";
import { listLinkedIdentities, unlinkIdentity } from "@/lib/accounts/connections/linked-identities";
import { updateSignUpPolicy } from "@/lib/accounts/settings/update-sign-up-policy";
import { confirmTotpEnrolment, createTotpEnrolment } from "@/lib/accounts/two-step/manage-totp";
import { createAdmin, createDeveloper } from "./support/api-fixtures";
import { withSession } from "./support/recent-session";
import { startAuthorization } from "./support/authorize";
import { Browser, type Page } from "./support/browser";
import { signInToConsole } from "./support/console-browser";
import { registerWebApp, WEB_APP_REDIRECT, type RegisteredWebApp } from "./support/register-web-app";
import { runNinkaCli } from "./support/run-ninka-cli";
import {
  ENTRA_CONSUMERS_TENANT,
  startEntraStandIn,
  startGitHubStandIn,
  startUpstreamProvider,
  type EntraUser,
} from "./support/upstream-provider";
import { useOwnServer } from "./support/use-own-server";

// Sign-in through other identity providers (ARCHITECTURE.md "Federation") against real ones
// started here: node-oidc-provider as an OpenID provider, and a stand-in for GitHub's OAuth and
// user API. Ninka reaches them on loopback because NINKA_OUTBOUND_ALLOW lists them.
const SECRET = "upstream-client-secret";
const GITHUB = { clientId: "gh-client", clientSecret: "gh-secret" };
const ENTRA = { clientId: randomUUID(), clientSecret: "entra-secret" };
const PAPE_MULTI_FACTOR = "http://schemas.openid.net/pape/policies/2007/06/multi-factor";
const METRICS_TOKEN = randomUUID();

type Connection = { id: string; clientId: string };

describe("federated sign-in", () => {
  let upstream: Awaited<ReturnType<typeof startUpstreamProvider>>;
  let github: Awaited<ReturnType<typeof startGitHubStandIn>>;
  let entra: Awaited<ReturnType<typeof startEntraStandIn>>;
  const { database, server } = useOwnServer(async () => {
    upstream = await startUpstreamProvider();
    github = await startGitHubStandIn(GITHUB);
    entra = await startEntraStandIn(ENTRA);
    return {
      NINKA_OUTBOUND_ALLOW: `${upstream.host},${github.host},${entra.host}`,
      NINKA_METRICS_TOKEN: METRICS_TOKEN,
    };
  });
  let app: RegisteredWebApp;
  let main: Connection;
  let gated: Connection;
  let noCreate: Connection;
  let gitHub: Connection;

  const add = async (name: string, extra: Record<string, unknown> = {}): Promise<Connection> => {
    const clientId = `ninka-${randomUUID()}`;
    const issuer = upstream.issuer;
    const { id } = await createConnection(cliActor, { name, issuer, clientId, clientSecret: SECRET, ...extra });
    return { id, clientId };
  };

  beforeAll(async () => {
    main = await add("Upstream", { createAccounts: true });
    gated = await add("Gated", { createAccounts: true });
    noCreate = await add("Links only");
    const created = await createConnection(cliActor, {
      name: "GitHub",
      preset: "github",
      issuer: github.origin,
      clientId: GITHUB.clientId,
      clientSecret: GITHUB.clientSecret,
      createAccounts: true,
    });
    gitHub = { id: created.id, clientId: GITHUB.clientId };
    upstream.configure(
      [main, gated, noCreate].map((c) => ({
        clientId: c.clientId,
        clientSecret: SECRET,
        redirectUri: `${server().url}/connections/${c.id}/callback`,
      })),
    );
    app = await registerWebApp(server().url);
  });
  afterAll(async () => {
    await upstream?.close();
    await github?.close();
    await entra?.close();
  });

  /** The app's authorization in a fresh browser, up to Ninka's login page. */
  async function loginPage() {
    const browser = new Browser(server().url);
    const authorization = await startAuthorization(app.config, WEB_APP_REDIRECT);
    const page = await browser.visit(authorization.url.href);
    expect(page.html).toContain("Sign in");
    return { browser, page, authorization };
  }

  /** "Continue with …" on the login page: returns the upstream authorization URL. */
  async function continueWith(browser: Browser, page: Page, connection: Connection): Promise<string> {
    const left = await browser.submit(page, `/connections/${connection.id}`);
    expect(left.status).toBe(0);
    return left.url;
  }

  /** Back at Ninka with the upstream's answer; consents for the app when asked. */
  async function returnTo(browser: Browser, callback: string): Promise<Page> {
    let page = await browser.visit(callback);
    if (page.status !== 0 && page.html.includes('/consent"')) {
      page = await browser.submit(page, "/consent", { decision: "allow" });
    }
    return page;
  }

  async function signInThrough(connection: Connection, sub: string) {
    const { browser, page, authorization } = await loginPage();
    const callback = await upstream.signIn(await continueWith(browser, page, connection), sub);
    const end = await returnTo(browser, callback);
    return { browser, end, authorization, callback };
  }

  const counts = async () => ({
    users: await getDb().user.count(),
    identities: await getDb().federatedIdentity.count(),
  });

  async function idTokenOf(end: Page, authorization: Awaited<ReturnType<typeof loginPage>>["authorization"]) {
    expect(end.status).toBe(0);
    const tokens = await oidc.authorizationCodeGrant(app.config, new URL(end.url), {
      pkceCodeVerifier: authorization.verifier,
      expectedState: authorization.state,
    });
    return tokens.claims()!;
  }

  it("shows Continue with … for each enabled connection, on the login and sign-up pages", async () => {
    const { browser, page } = await loginPage();
    for (const name of ["Upstream", "Gated", "Links only", "GitHub"])
      expect(page.html).toContain(`Continue with ${name}`);
    const signUp = await browser.visit(`${new URL(page.url).pathname}/signup`);
    expect(signUp.html).toContain("Create your Ninka account");
    expect(signUp.html).toContain("Continue with Upstream");
  });

  it("a first sign-in creates an account (verified address, no password), amr fed; the same sub returns to it", async () => {
    const sub = `alice-${randomUUID()}`;
    const email = `${sub}@upstream.test`;
    upstream.profiles.set(sub, { email, email_verified: true, name: "Alice Upstream" });
    const { end, authorization } = await signInThrough(main, sub);
    const claims = await idTokenOf(end, authorization);
    expect(claims.amr).toEqual(["fed"]);
    const user = await getDb().user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ name: "Alice Upstream", passwordHash: "" });
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(claims.sub).toBe(user.id);
    const events = await getDb().auditEvent.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(["signup.succeeded", "identity.linked", "signin.succeeded"]),
    );
    // The upstream changed the address: the identity is found by issuer and sub, never by email.
    upstream.profiles.set(sub, { email: `new-${email}`, email_verified: true });
    const again = await signInThrough(main, sub);
    expect((await idTokenOf(again.end, again.authorization)).sub).toBe(user.id);
    expect(await getDb().user.count({ where: { email: `new-${email}` } })).toBe(0);
    const metrics = await fetch(`${server().url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(await metrics.text()).toMatch(
      new RegExp(`ninka_logins_total\\{result="success",connection="${main.id}"\\} [2-9]`),
    );
  });

  it("Ninka's own second step follows the upstream (amr fed, otp; acr mfa); a disabled account signs in nowhere", async () => {
    const sub = `frank-${randomUUID()}`;
    const email = `${sub}@upstream.test`;
    upstream.profiles.set(sub, { email, email_verified: true, name: "Frank" });
    const first = await signInThrough(main, sub);
    await idTokenOf(first.end, first.authorization);
    const user = await getDb().user.findUniqueOrThrow({ where: { email } });
    const actor = await withSession({ id: user.id, email, name: user.name });
    const { key } = await createTotpEnrolment(actor);
    await confirmTotpEnrolment(actor, await generate({ secret: key }));

    const { browser, page, authorization } = await loginPage();
    let end = await browser.visit(await upstream.signIn(await continueWith(browser, page, main), sub));
    expect(end.url).toContain("/second-step");
    const code = await generate({ secret: key, epoch: Math.floor(Date.now() / 1000) + 30 });
    end = await browser.submit(end, "/second-step/verify", { code });
    if (end.status !== 0) end = await browser.submit(end, "/consent", { decision: "allow" });
    const claims = await idTokenOf(end, authorization);
    expect(claims.amr).toEqual(["fed", "otp"]);
    expect(claims.acr).toBe("urn:ninka:acr:mfa");

    await getDb().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    const refused = await signInThrough(main, sub);
    expect(refused.end.url).toContain("error=disabled");
    expect(refused.end.html).toContain("This account has been disabled");
  });

  it("links a verified matching address to the existing account; an unverified one does not until linked from /account/security", async () => {
    const existing = await createDeveloper("Bob");
    const unverifiedSub = `bob-unverified-${randomUUID()}`;
    upstream.profiles.set(unverifiedSub, { email: existing.email, email_verified: false });
    const before = await counts();
    const refused = await signInThrough(noCreate, unverifiedSub);
    expect(refused.end.url).toContain("reason=link-first");
    expect(refused.end.html).toContain("An account with this email address already exists");
    expect(await counts()).toEqual(before);

    const sub = `bob-${randomUUID()}`;
    upstream.profiles.set(sub, { email: existing.email.toUpperCase(), email_verified: true });
    const { end, authorization } = await signInThrough(noCreate, sub);
    expect((await idTokenOf(end, authorization)).sub).toBe(existing.id);
    const linked = await listLinkedIdentities(existing);
    expect(linked).toEqual([expect.objectContaining({ connectionName: "Links only", email: existing.email })]);
    // Bob has a password: unlinking is allowed, and ends nothing else.
    await unlinkIdentity(existing, linked[0]!.id);
    expect(await listLinkedIdentities(existing)).toEqual([]);

    // Asked to sign in another way first, Bob links the refused identity from /account/security.
    const own = new Browser(server().url, { origin: server().url });
    await signInToConsole(own, existing);
    const security = await own.visit("/account/security");
    expect(security.html).toContain("Link Links only");
    const linkPath = `/connections/${noCreate.id}/link`;
    const forged = await fetch(`${server().url}${linkPath}`, {
      method: "POST",
      headers: { origin: "https://evil.example", cookie: own.cookieHeader(linkPath) },
      redirect: "manual",
    });
    expect(forged.status).toBe(403);
    const away = await own.submit(security, linkPath);
    expect(away.status).toBe(0);
    const back = await own.visit(await upstream.signIn(away.url, unverifiedSub));
    expect(new URL(back.url).pathname).toBe("/account/security");
    expect(await listLinkedIdentities(existing)).toEqual([
      expect.objectContaining({ connectionName: "Links only", email: null }),
    ]);
    const returning = await signInThrough(noCreate, unverifiedSub);
    expect((await idTokenOf(returning.end, returning.authorization)).sub).toBe(existing.id);
  });

  it("a connection that may not create accounts, and sign-up closed, create nothing", async () => {
    const sub = `carol-${randomUUID()}`;
    upstream.profiles.set(sub, { email: `${sub}@upstream.test`, email_verified: true });
    const before = await counts();
    const noAccount = await signInThrough(noCreate, sub);
    expect(noAccount.end.html).toContain("No account here is linked to your Links only account");
    await updateSignUpPolicy(cliActor, { mode: "closed" });
    try {
      const closed = await signInThrough(main, sub);
      expect(closed.end.url).toContain("reason=sign-up-closed");
      expect(closed.end.html).toContain("Sign-up is closed on this Ninka");
    } finally {
      await updateSignUpPolicy(cliActor, { mode: "open" });
    }
    expect(await counts()).toEqual(before);
  });

  it("a disabled connection leaves the login page and its pending sign-ins are refused at the callback", async () => {
    const sub = `dave-${randomUUID()}`;
    upstream.profiles.set(sub, { email: `${sub}@upstream.test`, email_verified: true });
    const { browser, page } = await loginPage();
    const upstreamUrl = await continueWith(browser, page, gated);
    await updateConnectionEnabled(cliActor, gated.id, { enabled: false });
    try {
      const before = await counts();
      const end = await returnTo(browser, await upstream.signIn(upstreamUrl, sub));
      expect(end.url).toContain("reason=disabled");
      expect(end.html).toContain("Signing in with that provider is turned off");
      expect(end.html).not.toContain("Continue with Gated");
      expect(await counts()).toEqual(before);
    } finally {
      await updateConnectionEnabled(cliActor, gated.id, { enabled: true });
    }
  });

  it("refuses a tampered state, a mismatched iss and a replayed callback, creating nothing", async () => {
    const sub = `eve-${randomUUID()}`;
    upstream.profiles.set(sub, { email: `${sub}@upstream.test`, email_verified: true });
    const before = await counts();
    for (const [name, value] of [
      ["state", "tampered"],
      ["iss", "http://127.0.0.1:1"],
    ] as const) {
      const { browser, page } = await loginPage();
      const callback = new URL(await upstream.signIn(await continueWith(browser, page, main), sub));
      expect(callback.searchParams.get("iss")).toBe(upstream.issuer); // RFC 9207
      callback.searchParams.set(name, value);
      const end = await returnTo(browser, callback.href);
      expect(end.url).toContain("reason=failed");
      expect(end.html).toContain("Signing in with Upstream did not work");
    }
    // No state cookie (another browser, or the cookie already spent): refused outright.
    const { browser, page } = await loginPage();
    const callback = await upstream.signIn(await continueWith(browser, page, main), sub);
    const stranger = await new Browser(server().url).visit(callback);
    expect(stranger.url).toContain("/connections/refused");
    expect(stranger.html).toContain("This sign-in cannot continue");
    // A forged or altered state cookie does not open (sealed, A256GCM).
    const cookie = browser
      .cookieHeader(new URL(callback).pathname)
      .replace(/ninka_federation=([^;]+)/, (_, v) => `ninka_federation=${v.slice(0, -4)}AAAA`);
    const forged = await fetch(callback, { headers: { cookie }, redirect: "manual" });
    expect(forged.headers.get("location")).toBe("/connections/refused");
    expect(await counts()).toEqual(before);
    // The real browser signs in once; the same callback again finds its cookie spent.
    const saved = browser.cookieHeader(new URL(callback).pathname);
    const end = await returnTo(browser, callback);
    expect(end.status).toBe(0);
    const replay = await browser.visit(callback);
    expect(replay.url).toContain("/connections/refused");
    // Even with the spent cookie put back, the upstream's code is single-use.
    const replayed = await fetch(callback, { headers: { cookie: saved }, redirect: "manual" });
    expect(replayed.headers.get("location")).toContain("reason=failed");
    expect(await counts()).toEqual({ ...before, users: before.users + 1, identities: before.identities + 1 });
  });

  it("GitHub: the primary verified address from /user/emails creates the account; an unverified primary does not", async () => {
    const id = Math.floor(Math.random() * 1e9);
    const email = `octo-${id}@github.test`;
    github.signInAs({
      id,
      login: `octo${id}`,
      name: "Octo Cat",
      emails: [
        { email: `other-${id}@github.test`, primary: false, verified: true },
        { email, primary: true, verified: true },
      ],
    });
    const { browser, page, authorization } = await loginPage();
    const authorize = new URL(await continueWith(browser, page, gitHub));
    expect(authorize.origin).toBe(github.origin);
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    const callback = (await new Browser(github.origin).visit(authorize.href)).url;
    const claims = await idTokenOf(await returnTo(browser, callback), authorization);
    const user = await getDb().user.findUniqueOrThrow({ where: { email } });
    expect(claims.sub).toBe(user.id);
    expect(await getDb().federatedIdentity.findFirst({ where: { userId: user.id } })).toMatchObject({
      issuer: github.origin,
      subject: String(id),
    });
    // Only the federated identity opens this account: unlinking it is refused.
    const [identity] = await listLinkedIdentities({ id: user.id, email, name: user.name });
    await expect(unlinkIdentity({ id: user.id, email, name: user.name }, identity!.id)).rejects.toThrow(
      /only way to sign in/,
    );

    const before = await counts();
    github.signInAs({
      id: id + 1,
      login: `u${id}`,
      name: null,
      emails: [{ email: `u-${id}@github.test`, primary: true, verified: false }],
    });
    const second = await loginPage();
    const back = (await new Browser(github.origin).visit(await continueWith(second.browser, second.page, gitHub))).url;
    const refused = await returnTo(second.browser, back);
    expect(refused.url).toContain("reason=unverified");
    expect(await counts()).toEqual(before);
  });

  /** A sign-in through a Microsoft connection as `user` (the stand-in approves at once). */
  async function signInThroughEntra(connection: Connection, user: EntraUser) {
    entra.signInAs(user);
    const { browser, page, authorization } = await loginPage();
    const callback = (await new Browser(entra.origin).visit(await continueWith(browser, page, connection))).url;
    expect(new URL(callback).searchParams.has("iss")).toBe(false); // Microsoft sends none
    return { end: await returnTo(browser, callback), authorization };
  }
  const entraConnection = async (tenant: string, preset = "microsoft") => {
    const created = await createConnection(cliActor, {
      name: `Microsoft ${tenant} ${preset}`,
      preset,
      issuer: `${entra.origin}/${tenant}/v2.0`,
      ...ENTRA,
      createAccounts: true,
    });
    return { id: created.id, clientId: ENTRA.clientId };
  };
  const entraUser = (tid: string, extra: Partial<EntraUser> = {}): EntraUser => {
    const sub = `ms-${randomUUID()}`;
    return { tid, sub, email: `${sub}@tenant.test`, name: "Mira Soft", xms_edov: true, ...extra };
  };

  it("Microsoft, tenant common: each ID token names its user's own tenant as issuer, which is what is linked; amr or acr saying multi-factor gives amr mfa", async () => {
    const common = await entraConnection("common");
    const [tenantA, tenantB, tenantC] = [randomUUID(), randomUUID(), randomUUID()];

    const mira = entraUser(tenantA, { amr: ["pwd", "mfa"] });
    const first = await signInThroughEntra(common, mira);
    const claims = await idTokenOf(first.end, first.authorization);
    expect(claims.amr).toEqual(["fed", "mfa"]);
    expect(claims.acr).toBe("urn:ninka:acr:mfa");
    const user = await getDb().user.findUniqueOrThrow({ where: { email: mira.email } });
    expect(claims.sub).toBe(user.id);
    expect(await getDb().federatedIdentity.findFirst({ where: { userId: user.id } })).toMatchObject({
      issuer: entra.issuerOf(tenantA),
      subject: mira.sub,
    });

    // Another tenant through the same connection; its acr names multi-factor (OpenID PAPE).
    const other = entraUser(tenantB, { amr: ["pwd"], acr: PAPE_MULTI_FACTOR });
    const second = await signInThroughEntra(common, other);
    expect((await idTokenOf(second.end, second.authorization)).amr).toEqual(["fed", "mfa"]);
    expect(await getDb().federatedIdentity.findFirst({ where: { subject: other.sub } })).toMatchObject({
      issuer: entra.issuerOf(tenantB),
    });

    // One factor (a one-time code alone, RFC 8176) is not several; no xms_edov: not verified.
    const single = entraUser(tenantC, { amr: ["otp"], acr: "urn:example:one-factor" });
    const third = await signInThroughEntra(common, single);
    expect((await idTokenOf(third.end, third.authorization)).amr).toEqual(["fed"]);
    const before = await counts();
    const unverified = await signInThroughEntra(common, entraUser(tenantC, { xms_edov: undefined }));
    expect(unverified.end.url).toContain("reason=unverified");

    // A token whose iss is another tenant's than its tid, or the template itself: refused.
    for (const forged of [entraUser(tenantB, { issuerTenant: tenantA }), entraUser(tenantA, { tid: "{tenantid}" })]) {
      const refused = await signInThroughEntra(common, forged);
      expect(refused.end.url).toContain("reason=failed");
      expect(refused.end.html).toContain("did not work");
    }
    expect(await counts()).toEqual(before);
  });

  it("Microsoft, tenant consumers names its one tenant; the templated issuer is accepted from the Microsoft preset only", async () => {
    const consumers = await entraConnection("consumers");
    const person = entraUser(ENTRA_CONSUMERS_TENANT);
    const { end, authorization } = await signInThroughEntra(consumers, person);
    await idTokenOf(end, authorization);
    expect(await getDb().federatedIdentity.findFirst({ where: { subject: person.sub } })).toMatchObject({
      issuer: entra.issuerOf(ENTRA_CONSUMERS_TENANT),
    });

    // As a plain OpenID provider, `common`'s document names another issuer than its address.
    const plain = await entraConnection("common", "oidc");
    const { browser, page } = await loginPage();
    const refused = await browser.submit(page, `/connections/${plain.id}`);
    expect(refused.url).toContain("reason=failed");
  });

  it("an administrator edits a connection's label, account creation and domains, audited; never its issuer; bad input changes nothing", async () => {
    const { id } = await createConnection(cliActor, {
      name: "Editable",
      issuer: upstream.issuer,
      clientId: `ninka-${randomUUID()}`,
      clientSecret: SECRET,
    });
    const admin = await createAdmin("Edith");
    const edited = await updateConnectionSettings(
      admin,
      id,
      { name: "Edited SSO", createAccounts: "on", domains: "Example.com\nexample.org", issuer: "https://evil.example" },
      { ip: "203.0.113.9", userAgent: "test" },
    );
    expect(edited).toMatchObject({
      name: "Edited SSO",
      createAccounts: true,
      domains: ["example.com", "example.org"],
      issuer: upstream.issuer,
    });
    const events = await getDb().auditEvent.findMany({ where: { targetId: id, action: "connection.updated" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: admin.id, ip: "203.0.113.9" });
    expect(JSON.parse(events[0]!.details)).toEqual({
      name: { before: "Editable", after: "Edited SSO" },
      createAccounts: { before: false, after: true },
      domains: { before: [], after: ["example.com", "example.org"] },
    });

    // The same again changes nothing and records nothing; an unchecked box (absent) is "no".
    await updateConnectionSettings(admin, id, {
      name: "Edited SSO",
      createAccounts: "on",
      domains: "example.com example.org",
    });
    const off = await updateConnectionSettings(admin, id, { name: "Edited SSO", domains: "example.com,example.org" });
    expect(off.createAccounts).toBe(false);
    expect(await getDb().auditEvent.count({ where: { targetId: id, action: "connection.updated" } })).toBe(2);

    const row = async () => getDb().connection.findUniqueOrThrow({ where: { id } });
    const kept = await row();
    for (const [input, field] of [
      [{ name: "a\u0000b" }, "name"],
      [{ name: " " }, "name"],
      [{ name: "x".repeat(61) }, "name"],
      [{ name: "Fine", domains: "not a domain" }, "domains"],
      [{ name: "Fine", createAccounts: "yes" }, "createAccounts"],
    ] as const) {
      await expect(updateConnectionSettings(admin, id, input)).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { [field]: expect.any(Array) },
      });
    }
    const developer = await createDeveloper("Mallory");
    // Not an administrator: as if there were no such connection.
    await expect(updateConnectionSettings(developer, id, { name: "Mine" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(updateConnectionSettings(admin, randomUUID(), { name: "Gone" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(updateConnectionSettings(admin, "not an id\u0000", { name: "Gone" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await row()).toEqual(kept);
  });

  it("ninka connections add|list|disable|enable|remove", async () => {
    const env = database.current().env;
    const added = await runNinkaCli(
      [
        "connections",
        "add",
        "--name",
        "Acme SSO",
        "--issuer",
        "https://sso.acme.test",
        "--client-id",
        "acme",
        "--client-secret-stdin",
        "--create-accounts",
        "--domains",
        "acme.test",
      ],
      env,
      "cli-secret\n",
    );
    expect(added.code).toBe(0);
    const id = added.stdout.trim();
    expect(added.stderr).toContain(`/connections/${id}/callback`);
    const row = await getDb().connection.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ createAccounts: true, domains: ["acme.test"], scopes: "openid email profile" });
    expect(row.clientSecret).not.toContain("cli-secret");
    expect((await runNinkaCli(["connections", "list"], env)).stdout).toMatch(
      new RegExp(`^${id}\\tenabled\\toidc\\tAcme SSO`, "m"),
    );
    expect((await runNinkaCli(["connections", "disable", "--id", id], env)).code).toBe(0);
    expect((await runNinkaCli(["connections", "list"], env)).stdout).toContain(`${id}\tdisabled`);
    expect((await runNinkaCli(["connections", "enable", "--id", id], env)).code).toBe(0);
    const bad = await runNinkaCli(
      ["connections", "add", "--name", "X", "--issuer", "not a url", "--client-id", "x", "--client-secret-stdin"],
      env,
      "s",
    );
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("issuer");
    expect((await runNinkaCli(["connections", "remove", "--id", id], env)).code).toBe(0);
    expect(await getDb().connection.count({ where: { id } })).toBe(0);
    const events = await getDb().auditEvent.findMany({ where: { targetId: id }, select: { action: true } });
    expect(events.map((e) => e.action).sort()).toEqual([
      "connection.created",
      "connection.deleted",
      "connection.updated",
      "connection.updated",
    ]);
  });
});
