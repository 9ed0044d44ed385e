import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { createMailer, type Mailer } from "@/lib/kernel/mail/send-mail";
import { publisherName } from "@/lib/portal/clients/publisher-name";
import { createUser } from "@/lib/accounts/users/create-user";
import { signUpUser } from "@/lib/accounts/users/sign-up-user";
import { THROTTLES } from "@/lib/accounts/users/login-throttle";
import { verifyEmail } from "@/lib/accounts/users/verify-email";
import { linkIn, startMailCatcher } from "./support/mail-catcher";
import { useTestDatabase } from "./support/use-test-database";

// Sign-up, email verification and (later) password reset, with a real SMTP listener as the mailbox.
const PASSWORD = `plaintext-${randomUUID()}`;
const email = () => `em-${randomUUID()}@example.test`;
const ip = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID()}`;
const store = globalThis as unknown as { __ninkaMailer?: Mailer };
const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable(),
    (error: unknown) => error as DomainError,
  );
const tokenOf = (link: string) => new URL(link).searchParams.get("token");

describe("sign-up and email verification", () => {
  useTestDatabase();
  let catcher: Awaited<ReturnType<typeof startMailCatcher>>;
  let refusing: Awaited<ReturnType<typeof startMailCatcher>>;
  beforeAll(async () => {
    catcher = await startMailCatcher();
    refusing = await startMailCatcher({ refuse: true });
    store.__ninkaMailer = createMailer(catcher.url, "Ninka <no-reply@localhost>", { ca: catcher.caPem });
  });
  afterAll(async () => {
    store.__ninkaMailer = undefined;
    await catcher?.close();
    await refusing?.close();
  });

  it("answers the same for a new and a taken address, in similar time, and mails each", async () => {
    const taken = email();
    await createUser({ name: "Ada", email: taken, password: PASSWORD });
    const fresh = email();
    const timed = async (address: string) => {
      const start = performance.now();
      const result = await signUpUser({ name: "Eve", email: address, password: PASSWORD }, { ip: ip() });
      return { result, ms: performance.now() - start };
    };
    const a = await timed(fresh);
    const b = await timed(taken);
    expect(a.result).toEqual(b.result);
    // Both hash the password and send one mail; only a gross difference would leak (hash ≫ rest).
    expect(Math.abs(a.ms - b.ms)).toBeLessThan(Math.max(a.ms, b.ms) * 0.8 + 50);
    expect((await catcher.waitFor(taken)).raw).toContain("already");
    expect(linkIn(await catcher.waitFor(fresh))).toContain("/verify-email?token=ninka_el_");
    const owner = await getDb().user.findUnique({ where: { email: taken }, select: { name: true } });
    expect(owner?.name).toBe("Ada");
  });

  it("throttles sign-ups per IP address", async () => {
    const from = ip();
    for (let i = 0; i < THROTTLES.signUpIp.limit; i++)
      await signUpUser({ name: "Bot", email: email(), password: PASSWORD }, { ip: from });
    const error = await errorOf(signUpUser({ name: "Bot", email: email(), password: PASSWORD }, { ip: from }));
    expect(error.code).toBe("RATE_LIMITED");
    await expect(signUpUser({ name: "Ann", email: email(), password: PASSWORD }, { ip: ip() })).resolves.toEqual({
      verified: false,
    });
  });

  it("the mailed link verifies the address once; consent then names the domain", async () => {
    const address = email();
    await signUpUser({ name: "Grace", email: address, password: PASSWORD }, { ip: ip() });
    const user = await getDb().user.findUniqueOrThrow({
      where: { email: address },
      select: { emailVerifiedAt: true, name: true, email: true },
    });
    expect(user.emailVerifiedAt).toBeNull();
    expect(publisherName(user)).toBe("Grace");
    const token = tokenOf(linkIn(await catcher.waitFor(address)));
    await expect(verifyEmail(token)).resolves.toEqual({ email: address });
    const verified = await getDb().user.findUniqueOrThrow({
      where: { email: address },
      select: { emailVerifiedAt: true, name: true, email: true },
    });
    expect(verified.emailVerifiedAt).not.toBeNull();
    expect(publisherName(verified)).toBe("example.test");
    expect((await errorOf(verifyEmail(token))).code).toBe("NOT_FOUND");
    expect((await errorOf(verifyEmail("ninka_el_forged"))).code).toBe("NOT_FOUND");
    const audit = await getDb().auditEvent.findMany({
      where: { action: { in: ["signup.succeeded", "email.verified"] }, targetId: { not: null } },
    });
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it("a mail that cannot be sent is an error to retry, and leaves no half-made account", async () => {
    store.__ninkaMailer = createMailer(refusing.url, "Ninka <no-reply@localhost>", { ca: refusing.caPem });
    const address = email();
    try {
      expect((await errorOf(signUpUser({ name: "Lin", email: address, password: PASSWORD }, { ip: ip() }))).code).toBe(
        "MAIL_UNAVAILABLE",
      );
    } finally {
      store.__ninkaMailer = createMailer(catcher.url, "Ninka <no-reply@localhost>", { ca: catcher.caPem });
    }
    expect(await getDb().user.findUnique({ where: { email: address } })).toBeNull();
    await signUpUser({ name: "Lin", email: address, password: PASSWORD }, { ip: ip() });
    expect(linkIn(await catcher.waitFor(address))).toContain("/verify-email");
  });
});
