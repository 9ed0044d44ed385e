import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import * as oidc from "openid-client";
import { createClient } from "@/lib/portal/clients/create-client";
import { getDb } from "@/lib/kernel/db/client";
import type { DomainError } from "@/lib/kernel/errors";
import { decideAppReview } from "@/lib/portal/reviews/decide-app-review";
import { getAppReview } from "@/lib/portal/reviews/get-app-review";
import { listReviewQueue } from "@/lib/portal/reviews/list-review-queue";
import { MAX_TEST_USERS } from "@/lib/portal/reviews/review-states";
import { submitAppReview } from "@/lib/portal/reviews/submit-app-review";
import { addTestUser, deleteTestUser } from "@/lib/portal/reviews/update-test-users";
import { updateAppReviewSetting } from "@/lib/accounts/settings/app-review-setting";
import { signUpUser } from "@/lib/accounts/users/sign-up-user";
import { createAdmin, createDeveloper } from "./support/api-fixtures";
import { authorize } from "./support/authorize";
import { Browser } from "./support/browser";
import { discover } from "./support/oauth";
import { useInstanceServer } from "./support/use-server";

// With review on, an app in Testing is open to its owner and test users only,
// through the real provider (openid-client as the app, the HTTP browser as the user).
const REDIRECT = "https://app.example/callback";
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as DomainError,
  );

describe("app review", { timeout: 120_000 }, () => {
  const { server } = useInstanceServer();
  let admin: Awaited<ReturnType<typeof createAdmin>>;

  beforeAll(async () => {
    admin = await createAdmin();
  });
  afterEach(async () => {
    await updateAppReviewSetting(admin, { enabled: false });
  });

  async function newApp(owner: Awaited<ReturnType<typeof createDeveloper>>) {
    const { client, client_secret } = await createClient(owner, {
      client_name: "Beta app",
      application_type: "web",
      redirect_uris: [REDIRECT],
    });
    return { clientId: client.client_id, config: await discover(server().url, client.client_id, client_secret) };
  }
  const signIn = (
    config: oidc.Configuration,
    account: { email: string; password: string },
    decision: "allow" | "deny" = "allow",
  ) => authorize(new Browser(server().url), config, REDIRECT, { account, decision });

  it("is off by default: a new app is Published and anyone may use it", async () => {
    const owner = await createDeveloper("Owner");
    const { clientId, config } = await newApp(owner);
    expect((await getAppReview(owner, clientId)).state).toBe("published");
    const stranger = await createDeveloper("Stranger");
    const auth = await signIn(config, stranger);
    expect(auth.callback.searchParams.get("code")).toBeTruthy();
    expect(auth.consent?.html).not.toContain("has not been reviewed");
  });

  it("with review on: Testing admits the owner and test users, refuses others with access_denied, and approval lifts the limit", async () => {
    await updateAppReviewSetting(admin, { enabled: "on" });
    const owner = await createDeveloper("Owner");
    const tester = await createDeveloper("Tester");
    const stranger = await createDeveloper("Stranger");
    const { clientId, config } = await newApp(owner);
    expect((await getAppReview(owner, clientId)).state).toBe("testing");
    await addTestUser(owner, { clientId, email: tester.email.toUpperCase() });

    const asOwner = await signIn(config, owner);
    expect(asOwner.callback.searchParams.get("code")).toBeTruthy();
    expect(asOwner.consent?.html).toContain("This app has not been reviewed by");
    expect((await signIn(config, tester)).callback.searchParams.get("code")).toBeTruthy();

    // A stranger sees Ninka's page instead of consent; even a posted Allow gets access_denied.
    const refused = await signIn(config, stranger, "allow");
    expect(refused.consent?.html).toContain("is not available yet");
    expect(refused.callback.searchParams.get("error")).toBe("access_denied");
    expect(refused.callback.searchParams.get("code")).toBeNull();
    expect((await signIn(config, stranger, "deny")).callback.searchParams.get("error")).toBe("access_denied");

    await submitAppReview(owner, { clientId, note: "A photo printing app." });
    expect((await listReviewQueue(admin)).map((a) => a.clientId)).toContain(clientId);
    expect((await signIn(config, stranger)).callback.searchParams.get("error")).toBe("access_denied");
    await decideAppReview(admin, { decision: "approve", clientId });
    expect((await getAppReview(owner, clientId)).state).toBe("published");
    const published = await signIn(config, stranger);
    expect(published.callback.searchParams.get("code")).toBeTruthy();
    expect(published.consent?.html).not.toContain("has not been reviewed");

    const events = await getDb().auditEvent.findMany({
      where: { clientId, action: { startsWith: "app.review" } },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["app.review_submitted", "app.review_approved"]);
  });

  it("admits a listed test user only once the account has verified that address", async () => {
    await updateAppReviewSetting(admin, { enabled: "on" });
    const owner = await createDeveloper("Owner");
    const { clientId, config } = await newApp(owner);
    // Anyone can sign up (unverified) with an address the developer listed.
    const email = `listed-${randomUUID()}@example.test`;
    const password = `password ${randomUUID()}`;
    await addTestUser(owner, { clientId, email });
    await signUpUser({ name: "Claimant", email, password }, { ip: randomUUID() });
    const refused = await signIn(config, { email, password });
    expect(refused.consent?.html).toContain("is not available yet");
    expect(refused.callback.searchParams.get("error")).toBe("access_denied");

    await getDb().user.update({ where: { email }, data: { emailVerifiedAt: new Date() } });
    expect((await signIn(config, { email, password })).callback.searchParams.get("code")).toBeTruthy();
  });

  it("refuses a removed test user at once, even with consent given before", async () => {
    await updateAppReviewSetting(admin, { enabled: "on" });
    const owner = await createDeveloper("Owner");
    const tester = await createDeveloper("Tester");
    const { clientId, config } = await newApp(owner);
    await addTestUser(owner, { clientId, email: tester.email });
    const browser = new Browser(server().url);
    expect(
      (await authorize(browser, config, REDIRECT, { account: tester })).callback.searchParams.get("code"),
    ).toBeTruthy();
    await deleteTestUser(owner, { clientId, email: tester.email });
    // Same browser, signed in, consent remembered: still refused.
    expect((await authorize(browser, config, REDIRECT, { account: tester })).callback.searchParams.get("error")).toBe(
      "access_denied",
    );
  });

  it("rejects with a reason shown to the developer, and sends a published app back to Testing", async () => {
    await updateAppReviewSetting(admin, { enabled: "on" });
    const owner = await createDeveloper("Owner");
    const stranger = await createDeveloper("Stranger");
    const { clientId, config } = await newApp(owner);
    expect(await refusal(decideAppReview(admin, { decision: "approve", clientId }))).toMatchObject({
      code: "CONFLICT",
    });
    await submitAppReview(owner, { clientId, note: "Please" });
    expect(await refusal(decideAppReview(admin, { decision: "reject", clientId, reason: "" }))).toMatchObject({
      code: "VALIDATION",
    });
    await decideAppReview(admin, { decision: "reject", clientId, reason: "Add a privacy policy URL." });
    expect(await getAppReview(owner, clientId)).toMatchObject({
      state: "testing",
      rejectedReason: "Add a privacy policy URL.",
    });
    await submitAppReview(owner, { clientId, note: "Added it." });
    await decideAppReview(admin, { decision: "approve", clientId });
    expect((await signIn(config, stranger)).callback.searchParams.get("code")).toBeTruthy();
    await decideAppReview(admin, { decision: "reset", clientId, reason: "Reported by users." });
    expect((await getAppReview(owner, clientId)).state).toBe("testing");
    expect((await signIn(config, stranger)).callback.searchParams.get("error")).toBe("access_denied");
  });

  it("keeps each app to its owner and each decision to admins, and validates input", async () => {
    await updateAppReviewSetting(admin, { enabled: "on" });
    const owner = await createDeveloper("Owner");
    const other = await createDeveloper("Other");
    const { clientId } = await newApp(owner);
    for (const attempt of [
      () => getAppReview(other, clientId),
      () => addTestUser(other, { clientId, email: "x@example.test" }),
      () => submitAppReview(other, { clientId, note: "mine now" }),
    ])
      expect(await refusal(attempt())).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(decideAppReview(owner, { decision: "approve", clientId }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await refusal(listReviewQueue(owner))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(addTestUser(owner, { clientId, email: "not an email" }))).toMatchObject({
      code: "VALIDATION",
    });
    expect(await refusal(submitAppReview(owner, { clientId, note: "nul\u0000byte" }))).toMatchObject({
      code: "VALIDATION",
    });
    expect((await getAppReview(owner, clientId)).state).toBe("testing");
  });

  it(`caps test users at ${MAX_TEST_USERS} per app`, async () => {
    await updateAppReviewSetting(admin, { enabled: "on" });
    const owner = await createDeveloper("Owner");
    const { clientId } = await newApp(owner);
    await getDb().clientTestUser.createMany({
      data: Array.from({ length: MAX_TEST_USERS }, (_, i) => ({ clientId, email: `t${i}@example.test` })),
    });
    expect(await refusal(addTestUser(owner, { clientId, email: "one-more@example.test" }))).toMatchObject({
      code: "CONFLICT",
    });
    expect(await getDb().clientTestUser.count({ where: { clientId } })).toBe(MAX_TEST_USERS);
  });
});
