import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import type { DomainError } from "@/lib/kernel/errors";
import { publisherName } from "@/lib/portal/clients/publisher-name";
import { createUser } from "@/lib/accounts/users/create-user";
import { signUpUser } from "@/lib/accounts/users/sign-up-user";
import { THROTTLES } from "@/lib/accounts/users/login-throttle";
import { verifyEmail } from "@/lib/accounts/users/verify-email";
import { linkIn, startMailCatcher, type MailCatcher } from "./support/mail-catcher";
import { sendMailTo, useMailCatcher } from "./support/use-mail-catcher";
import { useTestDatabase } from "./support/use-test-database";

// Sign-up and email verification, in process, with a real SMTP listener as the mailbox.

// The real argon2, counting its hashes: a taken address must cost the same work as a new one
// (SECURITY.md "Account enumeration"), pinned as structure rather than as time.
const argon2 = vi.hoisted(() => ({ hashes: 0 }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof import("@node-rs/argon2")>();
  return {
    ...real,
    hash: (password: string, options?: Parameters<typeof real.hash>[1]) => {
      argon2.hashes++;
      return real.hash(password, options);
    },
  };
});

const PASSWORD = `plaintext-${randomUUID()}`;
const email = () => `signup-${randomUUID()}@example.test`;
const ip = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID()}`;
const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable(),
    (error: unknown) => error as DomainError,
  );
const tokenOf = (link: string) => new URL(link).searchParams.get("token")!;

describe("sign-up and email verification", () => {
  useTestDatabase();
  const mail = useMailCatcher();
  let refusing: MailCatcher;
  beforeAll(async () => {
    refusing = await startMailCatcher({ refuse: true });
  });
  afterAll(() => refusing?.close());

  it("mails a single-use link stored only as a digest; it verifies once, and consent then names the domain", async () => {
    const address = email();
    await signUpUser({ name: "Grace", email: address, password: PASSWORD }, { ip: ip() });
    const user = await getDb().user.findUniqueOrThrow({ where: { email: address } });
    expect(user.emailVerifiedAt).toBeNull();
    expect(publisherName(user)).toBe("Grace");
    const link = new URL(linkIn(await mail().waitFor(address)));
    expect(link.pathname).toBe("/verify-email");
    const token = tokenOf(link.href);
    expect(token).toMatch(/^ninka_el_/);
    expect(JSON.stringify(await getDb().emailToken.findMany())).not.toContain(token);

    await expect(verifyEmail(token)).resolves.toEqual({ email: address });
    const verified = await getDb().user.findUniqueOrThrow({ where: { email: address } });
    expect(verified.emailVerifiedAt).toBeInstanceOf(Date);
    expect(publisherName(verified)).toBe("example.test");
    expect((await errorOf(verifyEmail(token))).code).toBe("NOT_FOUND");
    expect((await errorOf(verifyEmail("ninka_el_forged"))).code).toBe("NOT_FOUND");
    expect(
      await getDb().auditEvent.count({
        where: { action: { in: ["signup.succeeded", "email.verified"] }, userId: user.id },
      }),
    ).toBe(2);
  });

  it("answers a taken address exactly like a new one, with the same work, and mails its owner instead", async () => {
    const taken = email();
    await createUser({ name: "Ada", email: taken, password: PASSWORD });
    const fresh = email();
    const attempt = async (address: string) => {
      const before = argon2.hashes;
      const result = await signUpUser({ name: "Mallory", email: address, password: `${PASSWORD}-x` }, { ip: ip() });
      return { result, hashes: argon2.hashes - before };
    };
    const newAddress = await attempt(fresh);
    const takenAddress = await attempt(taken.toUpperCase());
    expect(takenAddress).toEqual(newAddress);
    expect(newAddress).toEqual({ result: { verified: false }, hashes: 1 });
    expect((await mail().waitFor(taken)).raw).toContain("already");
    expect(linkIn(await mail().waitFor(fresh))).toContain("/verify-email?token=ninka_el_");
    const owners = await getDb().user.findMany({ where: { email: taken }, select: { name: true } });
    expect(owners).toEqual([{ name: "Ada" }]);
  });

  it("refuses an expired link", async () => {
    const address = email();
    await signUpUser({ name: "Ada", email: address, password: PASSWORD }, { ip: ip() });
    const token = tokenOf(linkIn(await mail().waitFor(address)));
    await getDb().emailToken.updateMany({
      where: { email: address },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await errorOf(verifyEmail(token))).code).toBe("NOT_FOUND");
  });

  it(`throttles sign-ups per IP address after ${THROTTLES.signUpIp.limit}`, async () => {
    const from = ip();
    for (let i = 0; i < THROTTLES.signUpIp.limit; i++)
      await signUpUser({ name: "Bot", email: email(), password: PASSWORD }, { ip: from });
    expect((await errorOf(signUpUser({ name: "Bot", email: email(), password: PASSWORD }, { ip: from }))).code).toBe(
      "RATE_LIMITED",
    );
    await expect(signUpUser({ name: "Ann", email: email(), password: PASSWORD }, { ip: ip() })).resolves.toEqual({
      verified: false,
    });
  });

  it("a mail that cannot be sent (refused, or no listener) is an error to retry, and leaves no account", async () => {
    const address = email();
    for (const target of [refusing, "smtp://127.0.0.1:9"] as const) {
      sendMailTo(target);
      try {
        const error = await errorOf(signUpUser({ name: "Lin", email: address, password: PASSWORD }, { ip: ip() }));
        expect(error.code).toBe("MAIL_UNAVAILABLE");
      } finally {
        sendMailTo(mail());
      }
      expect(await getDb().user.count({ where: { email: address } })).toBe(0);
    }
    await signUpUser({ name: "Lin", email: address, password: PASSWORD }, { ip: ip() });
    expect(linkIn(await mail().waitFor(address))).toContain("/verify-email");
  });
});
