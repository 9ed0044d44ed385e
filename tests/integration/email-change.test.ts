import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { DomainError } from "@/lib/errors";
import { requestEmailChange } from "@/lib/users/request-email-change";
import { verifyEmail } from "@/lib/users/verify-email";
import { createDeveloper } from "./support/api-fixtures";
import { linkIn, startMailCatcher } from "./support/mail-catcher";
import { sendMailTo, useMailCatcher } from "./support/use-mail-catcher";
import { useTestDatabase } from "./support/use-test-database";

// Issue 12 item 2: a new address is confirmed from a link mailed to it before it takes effect,
// and the old address is told.
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainError);
const address = () => `moved-${randomUUID()}@example.test`;

describe("changing the email address", { timeout: 60_000 }, () => {
  useTestDatabase();
  const mail = useMailCatcher();

  it("changes nothing until the link mailed to the new address is used, tells the old one, and verifies the new one", async () => {
    const user = await createDeveloper("Mover");
    const next = address();
    expect(await refusal(requestEmailChange(user, { newEmail: next, password: "not my password" }, { ip: randomUUID() }))).toMatchObject({ fieldErrors: { password: expect.any(Array) } });
    await expect(requestEmailChange(user, { newEmail: next.toUpperCase(), password: user.password }, { ip: randomUUID() })).resolves.toEqual({ newEmail: next });
    expect((await mail().waitFor(user.email)).raw).toContain(next);
    const token = new URL(linkIn(await mail().waitFor(next))).searchParams.get("token");
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    expect(JSON.stringify(await getDb().emailToken.findMany())).not.toContain(token!);

    await expect(verifyEmail(token)).resolves.toEqual({ email: next });
    const moved = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(moved).toMatchObject({ email: next, emailVerifiedAt: expect.any(Date) });
    expect(await refusal(verifyEmail(token))).toMatchObject({ code: "NOT_FOUND" });
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { action: "email.changed", userId: user.id } });
    expect(JSON.parse(event.details)).toEqual({ from: user.email, to: next });
  });

  it("removes the link again when its mail cannot be sent", async () => {
    const user = await createDeveloper("Mover");
    const links = await getDb().emailToken.count({ where: { userId: user.id } });
    const refusing = await startMailCatcher({ refuse: true });
    sendMailTo(refusing);
    try {
      expect(await refusal(requestEmailChange(user, { newEmail: address(), password: user.password }, { ip: randomUUID() }))).toMatchObject({ code: "MAIL_UNAVAILABLE" });
      expect(await getDb().emailToken.count({ where: { userId: user.id } })).toBe(links);
    } finally {
      sendMailTo(mail());
      await refusing.close();
    }
  });

  it("answers the same for an address that already has an account, and mails that address a note instead of a link", async () => {
    const user = await createDeveloper("Mover");
    const owner = await createDeveloper("Owner");
    await expect(requestEmailChange(user, { newEmail: owner.email, password: user.password }, { ip: randomUUID() })).resolves.toEqual({ newEmail: owner.email });
    expect((await mail().waitFor(owner.email)).raw).toContain("Subject: This address already has a Ninka account");
    expect(await getDb().emailToken.count({ where: { userId: user.id, purpose: "change" } })).toBe(0);
    expect(await refusal(requestEmailChange(user, { newEmail: user.email, password: user.password }, { ip: randomUUID() }))).toMatchObject({ fieldErrors: { newEmail: expect.any(Array) } });
    expect(await refusal(requestEmailChange(user, { newEmail: "bad\u0000@example.test", password: user.password }))).toMatchObject({ code: "VALIDATION" });
  });

  it("refuses the change if another account took the address meanwhile", async () => {
    const user = await createDeveloper("Mover");
    const next = address();
    await requestEmailChange(user, { newEmail: next, password: user.password }, { ip: randomUUID() });
    const token = new URL(linkIn(await mail().waitFor(next))).searchParams.get("token");
    await getDb().user.create({ data: { id: randomUUID(), email: next, name: "Squatter", passwordHash: "x" } });
    expect(await refusal(verifyEmail(token))).toMatchObject({ code: "CONFLICT" });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });
});
