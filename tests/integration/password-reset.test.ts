import { randomUUID } from "node:crypto";
import { createServer, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import type { DomainError } from "@/lib/kernel/errors";
import { PayloadAdapter } from "@/lib/provider/oidc/adapters/payload-adapter";
import { authenticateUser } from "@/lib/accounts/users/authenticate-user";
import { createUser } from "@/lib/accounts/users/create-user";
import { requestPasswordReset } from "@/lib/accounts/users/request-password-reset";
import { THROTTLES } from "@/lib/accounts/users/login-throttle";
import { resetPassword } from "@/lib/accounts/users/reset-password";
import { linkIn } from "./support/mail-catcher";
import { sendMailTo, useMailCatcher } from "./support/use-mail-catcher";
import { useTestDatabase } from "./support/use-test-database";

const PASSWORD = `plaintext-${randomUUID()}`;
const email = () => `rs-${randomUUID()}@example.test`;
const ip = () => `192.0.2.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 4)}`;
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e as DomainError).code,
  );

describe("password reset", () => {
  useTestDatabase();
  const mail = useMailCatcher();

  it("mails a single-use link; the reset ends every session and the new password works", async () => {
    const user = await createUser({ name: "Ada", email: email(), password: PASSWORD });
    await new PayloadAdapter("Session").upsert(randomUUID(), { accountId: user.id, uid: randomUUID() }, 3600);
    await requestPasswordReset({ email: user.email.toUpperCase() }, { ip: ip() });
    const link = new URL(linkIn(await mail().waitFor(user.email)));
    expect(link.pathname).toBe("/reset-password");
    const token = link.searchParams.get("token")!;
    expect(JSON.stringify(await getDb().emailToken.findMany())).not.toContain(token);

    await expect(resetPassword({ token, password: `${PASSWORD}-new` })).resolves.toEqual({ email: user.email });
    expect(await getDb().oidcPayload.count({ where: { model: "Session", accountId: user.id } })).toBe(0);
    await expect(authenticateUser({ email: user.email, password: `${PASSWORD}-new`, ip: null })).resolves.toEqual({
      id: user.id,
    });
    expect(await codeOf(resetPassword({ token, password: `${PASSWORD}-again` }))).toBe("NOT_FOUND");
    expect(await getDb().auditEvent.count({ where: { action: "password.reset", userId: user.id } })).toBe(1);
  });

  it("answers an unknown email exactly like a known one, before any mail is sent", async () => {
    // A mail server that accepts the connection and never greets: the answer must not wait on it
    // (SECURITY.md "Account enumeration": the send's time would tell that the account exists).
    const held: Socket[] = [];
    const silent = createServer((socket) => held.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as { port: number };
    sendMailTo(`smtp://127.0.0.1:${port}`);
    try {
      const known = await createUser({ name: "Ada", email: email(), password: PASSWORD });
      const a = await requestPasswordReset({ email: known.email }, { ip: ip() });
      const b = await requestPasswordReset({ email: email() }, { ip: ip() });
      expect(a).toEqual(b);
      expect(held.length).toBeLessThanOrEqual(1);
      expect(await getDb().emailToken.count({ where: { email: known.email } })).toBe(1);
    } finally {
      sendMailTo(mail());
      held.forEach((socket) => socket.destroy());
      silent.close();
    }
  });

  it("refuses an expired link and a weak password, and throttles requests per address", async () => {
    const user = await createUser({ name: "Ada", email: email(), password: PASSWORD });
    await requestPasswordReset({ email: user.email }, { ip: ip() });
    const token = new URL(linkIn(await mail().waitFor(user.email))).searchParams.get("token")!;
    expect(await codeOf(resetPassword({ token, password: "qwertyuiop" }))).toBe("VALIDATION");
    await getDb().emailToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await codeOf(resetPassword({ token, password: `${PASSWORD}-new` }))).toBe("NOT_FOUND");
    for (let i = 1; i < THROTTLES.resetAccount.limit; i++)
      await requestPasswordReset({ email: user.email }, { ip: ip() });
    expect(await codeOf(requestPasswordReset({ email: user.email }, { ip: ip() }))).toBe("RATE_LIMITED");
  });
});
