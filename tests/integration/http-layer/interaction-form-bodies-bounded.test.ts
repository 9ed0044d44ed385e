import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { MAX_FORM_BYTES } from "@/lib/delivery/http/read-form-body";
import { confirmTotpEnrolment, createTotpEnrolment } from "@/lib/accounts/two-step/manage-totp";
import { createDeveloper } from "../support/api-fixtures";
import { withSession } from "../support/recent-session";
import { startAuthorization } from "../support/authorize";
import { Browser } from "../support/browser";
import { registerWebApp, WEB_APP_REDIRECT } from "../support/register-web-app";
import { useServer } from "../support/use-server";
import { useBeforeAll } from "../support/use-before-all";

// The interaction's forms (login, consent, second step) are read with the 16 KB bound
// (lib/delivery/http/read-form-body.ts): a bigger body is a 413 problem before anything is decided — no
// consent given, no code tried — and the interaction carries on as if it never came.
const REDIRECT = WEB_APP_REDIRECT;
const PADDING = "x".repeat(MAX_FORM_BYTES + 1);

describe("interaction form posts beyond 16 KB", () => {
  const { server } = useServer();
  const app = useBeforeAll(() => registerWebApp(server().url));

  const grantsOf = (accountId: string) => getDb().oidcPayload.count({ where: { model: "Grant", accountId } });

  it("consent: 413, no grant, the consent screen still asks; a normal Allow then works", async () => {
    const user = await createDeveloper("Reader");
    const browser = new Browser(server().url);
    const login = await browser.visit((await startAuthorization(app().config, REDIRECT)).url.href);
    const consent = await browser.submit(login, "/login", { email: user.email, password: user.password });
    expect(consent.html).toContain('/consent"');
    const base = new URL(consent.url).pathname;

    const response = await browser.request(`${base}/consent`, { form: { decision: "allow", padding: PADDING } });
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(response.headers.get("location")).toBeNull();
    expect(await grantsOf(user.id)).toBe(0);

    const again = await browser.visit(base);
    expect(again.html).toContain('/consent"');
    const done = await browser.submit(again, "/consent", { decision: "allow" });
    expect(new URL(done.url).searchParams.get("code")).toBeTruthy();
    expect(await grantsOf(user.id)).toBe(1);
  });

  it("second step: 413, no code tried (the throttle counts nothing), the second step still waits", async () => {
    const user = await withSession(await createDeveloper("Holder"));
    const { key } = await createTotpEnrolment(user);
    await confirmTotpEnrolment(user, await generate({ secret: key }));
    const browser = new Browser(server().url);
    const login = await browser.visit((await startAuthorization(app().config, REDIRECT)).url.href);
    const step = await browser.submit(login, "/login", { email: user.email, password: user.password });
    expect(step.url).toContain("/second-step");
    const base = new URL(step.url).pathname.replace(/\/second-step$/, "");
    const tried = () => getDb().loginAttempt.count({ where: { key: `second-step:${user.id}` } });
    const before = await tried();

    const response = await browser.request(`${base}/second-step/verify`, {
      form: { code: "000000", padding: PADDING },
    });
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(await tried()).toBe(before);

    const page = await browser.visit(`${base}/second-step`);
    expect(page.html).toContain('/second-step/verify"');
    const wrong = await browser.request(`${base}/second-step/verify`, { form: { code: "000000" } });
    expect(wrong.status).toBe(303);
    expect(await tried()).toBe(before + 1); // a normal post is counted (the test can tell)
  });
});
