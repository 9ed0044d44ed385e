import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { createUser } from "@/lib/accounts/users/create-user";
import { signUpUser } from "@/lib/accounts/users/sign-up-user";
import { THROTTLES } from "@/lib/accounts/users/login-throttle";
import { verifyEmail } from "@/lib/accounts/users/verify-email";
import { linkIn, startMailCatcher } from "./support/mail-catcher";
import { sendMailTo } from "./support/use-mail-catcher";
import { useTestDatabase } from "./support/use-test-database";

const PASSWORD = `plaintext-${randomUUID()}`;
const email = () => `it-${randomUUID()}@example.test`;
const ip = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 4)}`;

describe("sign-up and email verification", () => {
  useTestDatabase();
  let catcher: Awaited<ReturnType<typeof startMailCatcher>>;
  beforeAll(async () => {
    catcher = await startMailCatcher();
    sendMailTo(catcher);
  });
  afterAll(async () => {
    sendMailTo(undefined);
    await catcher?.close();
  });

  it("mails a single-use verification link; only its digest is stored", async () => {
    const address = email();
    await signUpUser({ name: "Ada", email: address, password: PASSWORD }, { ip: ip() });
    const user = await getDb().user.findUniqueOrThrow({ where: { email: address } });
    expect(user.emailVerifiedAt).toBeNull();
    const link = new URL(linkIn(await catcher.waitFor(address)));
    expect(link.pathname).toBe("/verify-email");
    const token = link.searchParams.get("token")!;
    const rows = JSON.stringify(await getDb().emailToken.findMany());
    expect(rows).not.toContain(token);

    await expect(verifyEmail(token)).resolves.toEqual({ email: address });
    expect((await getDb().user.findUniqueOrThrow({ where: { email: address } })).emailVerifiedAt).toBeInstanceOf(Date);
    const again = await verifyEmail(token).then(
      () => null,
      (e: unknown) => e as DomainError,
    );
    expect(again?.code).toBe("NOT_FOUND");
    expect((await verifyEmail("ninka_el_nonsense").catch((e: DomainError) => e)) as DomainError).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(
      await getDb().auditEvent.count({
        where: { action: { in: ["signup.succeeded", "email.verified"] }, userId: user.id },
      }),
    ).toBe(2);
  });

  it("refuses an expired link", async () => {
    const address = email();
    await signUpUser({ name: "Ada", email: address, password: PASSWORD }, { ip: ip() });
    const token = new URL(linkIn(await catcher.waitFor(address))).searchParams.get("token")!;
    await getDb().emailToken.updateMany({
      where: { email: address },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(
      await verifyEmail(token).then(
        () => null,
        (e: unknown) => (e as DomainError).code,
      ),
    ).toBe("NOT_FOUND");
  });

  it("answers a taken email exactly like a new one (and mails its owner instead)", async () => {
    const taken = email();
    await createUser({ name: "Ada", email: taken, password: PASSWORD });
    const t0 = performance.now();
    await expect(
      signUpUser({ name: "Mallory", email: taken.toUpperCase(), password: `${PASSWORD}-x` }, { ip: ip() }),
    ).resolves.toEqual({ verified: false });
    const takenMs = performance.now() - t0;
    const fresh = email();
    const t1 = performance.now();
    await expect(signUpUser({ name: "Bob", email: fresh, password: PASSWORD }, { ip: ip() })).resolves.toEqual({
      verified: false,
    });
    const freshMs = performance.now() - t1;
    expect((await catcher.waitFor(taken)).raw).toContain("already");
    expect(await getDb().user.count({ where: { email: taken } })).toBe(1);
    // Both paths hash a password and send one mail: within a factor of three of each other.
    expect(Math.max(takenMs, freshMs) / Math.min(takenMs, freshMs)).toBeLessThan(3);
  });

  it(`throttles sign-ups per IP after ${THROTTLES.signUpIp.limit}`, async () => {
    const from = ip();
    for (let i = 0; i < THROTTLES.signUpIp.limit; i++)
      await signUpUser({ name: "Ada", email: email(), password: PASSWORD }, { ip: from });
    const refused = await signUpUser({ name: "Ada", email: email(), password: PASSWORD }, { ip: from }).then(
      () => null,
      (e: unknown) => e as DomainError,
    );
    expect(refused?.code).toBe("RATE_LIMITED");
    await expect(signUpUser({ name: "Ada", email: email(), password: PASSWORD }, { ip: ip() })).resolves.toEqual({
      verified: false,
    });
  });

  it("a mail that cannot be sent is an error to retry, and leaves no account behind", async () => {
    sendMailTo("smtp://127.0.0.1:9");
    const address = email();
    try {
      const error = await signUpUser({ name: "Ada", email: address, password: PASSWORD }, { ip: ip() }).then(
        () => null,
        (e: unknown) => e as DomainError,
      );
      expect(error?.code).toBe("MAIL_UNAVAILABLE");
      expect(await getDb().user.count({ where: { email: address } })).toBe(0);
    } finally {
      sendMailTo(catcher);
    }
  });
});
