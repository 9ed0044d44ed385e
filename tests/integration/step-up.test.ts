import { generate } from "otplib";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { createRegistrationOptions } from "@/lib/accounts/passkeys/create-registration-options";
import { deletePasskey, listPasskeys } from "@/lib/accounts/passkeys/manage-passkeys";
import { relyingParty } from "@/lib/accounts/passkeys/relying-party";
import { verifyRegistration } from "@/lib/accounts/passkeys/verify-registration";
import { hasRecentSignIn } from "@/lib/accounts/sessions/step-up";
import { LIFETIMES } from "@/lib/kernel/time/lifetimes";
import {
  confirmTotpEnrolment,
  createTotpEnrolment,
  deleteTotp,
  regenerateRecoveryCodes,
} from "@/lib/accounts/two-step/manage-totp";
import { deleteAccount } from "@/lib/accounts/users/delete-account";
import { requestEmailChange } from "@/lib/accounts/users/request-email-change";
import { createDeveloper } from "./support/api-fixtures";
import { Browser } from "./support/browser";
import { consoleOpens, signInToConsole } from "./support/console-browser";
import { withSession } from "./support/recent-session";
import { SoftAuthenticator } from "./support/soft-authenticator";
import { useServer, type TestServer } from "./support/use-server";
import { useMailCatcher } from "./support/use-mail-catcher";

// Step-up (ARCHITECTURE.md "Step-up"): every change that could lock the owner out or let an
// intruder stay needs a sign-in on the actor's own session within ten minutes, enforced in the
// domain (so a personal access token, the REST API or a stale console cannot make it), and the
// owner is mailed when a factor changes.
const code = (error: unknown) => (error as { code?: string }).code;
const textOf = (mail: { raw: string }) => mail.raw.replace(/=\r?\n/g, "");
const refusal = (promise: Promise<unknown>) => promise.then(() => "done", code);

describe("step-up", { timeout: 120_000 }, () => {
  const database = useServer();
  const mail = useMailCatcher();
  let server: TestServer;
  beforeAll(async () => {
    server = database.server();
  });

  // Each guarded change, as a call on `actor`; all of them must refuse before touching anything.
  const guarded: [string, (actor: Actor) => Promise<unknown>][] = [
    ["start an authenticator app", (actor) => createTotpEnrolment(actor)],
    ["confirm an authenticator app", (actor) => confirmTotpEnrolment(actor, "123456")],
    ["new recovery codes", (actor) => regenerateRecoveryCodes(actor)],
    ["turn two-step off", (actor) => deleteTotp(actor)],
    ["start adding a passkey", (actor) => createRegistrationOptions(actor)],
    [
      "add a passkey",
      (actor) =>
        verifyRegistration(actor, {
          name: "Key",
          response: new SoftAuthenticator().register({
            challenge: "x",
            origin: relyingParty().origin,
            rpId: relyingParty().id,
          }),
        }),
    ],
    ["remove a passkey", (actor) => deletePasskey(actor, "00000000-0000-4000-8000-000000000000")],
    ["change the email address", (actor) => requestEmailChange(actor, { newEmail: `new-${actor.id}@example.test` })],
    ["delete the account", (actor) => deleteAccount(actor, { confirmEmail: actor.email, confirmedAppIds: [] })],
  ];

  it.each(guarded)(
    "refuses to %s without a session (a token) or with a sign-in older than ten minutes",
    async (_name, change) => {
      const user = await createDeveloper("Guarded");
      expect(await refusal(change(user))).toBe("STEP_UP_REQUIRED");
      expect(await refusal(change(await withSession(user, LIFETIMES.stepUp + 60)))).toBe("STEP_UP_REQUIRED");
      expect(await getDb().user.count({ where: { id: user.id } })).toBe(1);
      expect(await getDb().emailToken.count({ where: { userId: user.id } })).toBe(0);
    },
  );

  it("signing in again on the same browser (prompt=login) renews the window of that console session", async () => {
    const user = await createDeveloper("Returning");
    const browser = new Browser(server.url);
    await signInToConsole(browser, user);
    const row = await getDb().oidcPayload.findFirstOrThrow({ where: { model: "Session", accountId: user.id } });
    const actor = { ...user, session: { uid: row.uid! } };
    expect(await hasRecentSignIn(actor)).toBe(true);

    // Eleven minutes later, as the session's own record would say.
    const payload = row.payload as { loginTs: number };
    await getDb().oidcPayload.update({
      where: { model_id: { model: "Session", id: row.id } },
      data: { payload: { ...payload, loginTs: payload.loginTs - 11 * 60 } },
    });
    expect(await hasRecentSignIn(actor)).toBe(false);
    expect(await refusal(createTotpEnrolment(actor))).toBe("STEP_UP_REQUIRED");

    await signInToConsole(browser, user, { prompt: "login" });
    const renewed = await getDb().oidcPayload.findFirstOrThrow({ where: { model: "Session", accountId: user.id } });
    expect(renewed.uid).toBe(row.uid); // the same session (re-keyed), so the same console binding
    expect(await consoleOpens(browser)).toBe(true);
    expect(await hasRecentSignIn(actor)).toBe(true);
    expect(await refusal(createTotpEnrolment(actor))).toBe("done");
  });

  it("mails the owner when a factor changes", async () => {
    const user = await withSession(await createDeveloper("Watched"));
    const { key } = await createTotpEnrolment(user);
    await confirmTotpEnrolment(user, await generate({ secret: key }));
    expect(textOf(await mail().waitFor(user.email))).toContain("authenticator app was turned on");
    await regenerateRecoveryCodes(user);
    expect(textOf(await mail().waitFor(user.email))).toContain("New recovery codes");
    await deleteTotp(user);
    expect(textOf(await mail().waitFor(user.email))).toContain("turned off");

    const authenticator = new SoftAuthenticator();
    const rp = relyingParty();
    const { challenge } = await createRegistrationOptions(user);
    await verifyRegistration(user, {
      name: "Laptop",
      response: authenticator.register({ challenge, origin: rp.origin, rpId: rp.id }),
    });
    expect(textOf(await mail().waitFor(user.email))).toContain("A passkey was added");
    await deletePasskey(user, (await listPasskeys(user))[0]!.id);
    expect(textOf(await mail().waitFor(user.email))).toContain("A passkey was removed");
  });
});
