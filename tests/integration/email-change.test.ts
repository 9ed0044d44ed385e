import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import type { DomainError } from "@/lib/kernel/errors";
import { deleteEmailChange, getPendingEmailChange } from "@/lib/accounts/users/pending-email-change";
import { requestEmailChange } from "@/lib/accounts/users/request-email-change";
import { verifyEmail } from "@/lib/accounts/users/verify-email";
import { getInstanceName } from "@/lib/accounts/settings/instance-name";
import { createDeveloper } from "./support/api-fixtures";
import { withSession } from "./support/recent-session";
import { linkIn, startMailCatcher } from "./support/mail-catcher";
import { sendMailTo, useMailCatcher } from "./support/use-mail-catcher";
import { useTestDatabase } from "./support/use-test-database";

// A new address is confirmed from a link mailed to it before it takes effect, after a recent
// sign-in (ARCHITECTURE.md "Step-up"); the old address is told when it is asked for and when it
// happens, and the change can be withdrawn while it waits.
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as DomainError,
  );
const address = () => `moved-${randomUUID()}@example.test`;

describe("changing the email address", { timeout: 60_000 }, () => {
  useTestDatabase();
  const mail = useMailCatcher();

  it("changes nothing until the link mailed to the new address is used, tells the old one, and verifies the new one", async () => {
    const mover = await createDeveloper("Mover");
    const next = address();
    expect(await refusal(requestEmailChange(mover, { newEmail: next }))).toMatchObject({ code: "STEP_UP_REQUIRED" });
    expect(await refusal(requestEmailChange(await withSession(mover, 11 * 60), { newEmail: next }))).toMatchObject({
      code: "STEP_UP_REQUIRED",
    });
    const user = await withSession(mover);
    await expect(requestEmailChange(user, { newEmail: next.toUpperCase() })).resolves.toEqual({ newEmail: next });
    expect((await mail().waitFor(user.email)).raw).toContain(next);
    expect(await getPendingEmailChange(user)).toMatchObject({ email: next, expiresAt: expect.any(Date) });
    const token = new URL(linkIn(await mail().waitFor(next))).searchParams.get("token");
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    expect(JSON.stringify(await getDb().emailToken.findMany())).not.toContain(token!);

    await expect(verifyEmail(token)).resolves.toEqual({ email: next });
    const moved = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(moved).toMatchObject({ email: next, emailVerifiedAt: expect.any(Date) });
    expect(await refusal(verifyEmail(token))).toMatchObject({ code: "NOT_FOUND" });
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { action: "email.changed", userId: user.id } });
    expect(JSON.parse(event.details)).toEqual({ from: user.email, to: next });
    expect((await mail().waitFor(user.email)).raw.replace(/=\r?\n/g, "")).toContain("no longer belongs to it");
    expect(await getPendingEmailChange(user)).toBeNull();
  });

  it("withdraws a pending change: its link stops working", async () => {
    const user = await withSession(await createDeveloper("Hesitant"));
    const next = address();
    await requestEmailChange(user, { newEmail: next });
    const token = new URL(linkIn(await mail().waitFor(next))).searchParams.get("token");
    await deleteEmailChange(user);
    expect(await getPendingEmailChange(user)).toBeNull();
    expect(await refusal(verifyEmail(token))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(deleteEmailChange(user))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("removes the link again when its mail cannot be sent", async () => {
    const user = await withSession(await createDeveloper("Mover"));
    const links = await getDb().emailToken.count({ where: { userId: user.id } });
    const refusing = await startMailCatcher({ refuse: true });
    sendMailTo(refusing);
    try {
      expect(await refusal(requestEmailChange(user, { newEmail: address() }))).toMatchObject({
        code: "MAIL_UNAVAILABLE",
      });
      expect(await getDb().emailToken.count({ where: { userId: user.id } })).toBe(links);
    } finally {
      sendMailTo(mail());
      await refusing.close();
    }
  });

  it("answers the same for an address that already has an account, and mails that address a note instead of a link", async () => {
    const user = await withSession(await createDeveloper("Mover"));
    const owner = await createDeveloper("Owner");
    await expect(requestEmailChange(user, { newEmail: owner.email })).resolves.toEqual({ newEmail: owner.email });
    expect((await mail().waitFor(owner.email)).raw).toContain(
      `Subject: This address already has a ${await getInstanceName()} account`,
    );
    expect(await getDb().emailToken.count({ where: { userId: user.id, purpose: "change" } })).toBe(0);
    expect(await refusal(requestEmailChange(user, { newEmail: user.email }))).toMatchObject({
      fieldErrors: { newEmail: expect.any(Array) },
    });
    expect(await refusal(requestEmailChange(user, { newEmail: "bad\u0000@example.test" }))).toMatchObject({
      code: "VALIDATION",
    });
  });

  it("refuses the change if another account took the address meanwhile", async () => {
    const user = await withSession(await createDeveloper("Mover"));
    const next = address();
    await requestEmailChange(user, { newEmail: next });
    const token = new URL(linkIn(await mail().waitFor(next))).searchParams.get("token");
    await getDb().user.create({ data: { id: randomUUID(), email: next, name: "Squatter", passwordHash: "x" } });
    expect(await refusal(verifyEmail(token))).toMatchObject({ code: "CONFLICT" });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });
});
