import { randomUUID, scryptSync } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { getDatabaseTarget, getDb } from "@/lib/kernel/db/client";
import { PayloadAdapter } from "@/lib/provider/oidc/adapters/payload-adapter";
import { DomainError } from "@/lib/kernel/errors";
import { authenticateUser, LoginThrottledError } from "@/lib/accounts/users/authenticate-user";
import { changePassword } from "@/lib/accounts/users/change-password";
import { createUser } from "@/lib/accounts/users/create-user";
import { createToken } from "@/lib/portal/personal-access-tokens/create-token";
import { useTestDatabase } from "./support/use-test-database";

// The real argon2, with the length of every password it is given recorded: what is hashed is the
// structure these tests pin, not how long it took.
const argon2 = vi.hoisted(() => ({ inputs: [] as number[] }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof import("@node-rs/argon2")>();
  return {
    ...real,
    hash: (password: string, options?: Parameters<typeof real.hash>[1]) => {
      argon2.inputs.push(password.length);
      return real.hash(password, options);
    },
    verify: (hashed: string, password: string) => {
      argon2.inputs.push(password.length);
      return real.verify(hashed, password);
    },
  };
});

const PASSWORD = `plaintext-${randomUUID()}`;
const email = () => `it-${randomUUID()}@example.test`;

/** Every row of every table of the database, as text. */
async function dumpDatabase(): Promise<string> {
  const db = getDb();
  const tables =
    getDatabaseTarget().kind === "postgresql"
      ? await db.$queryRawUnsafe<{ name: string }[]>(
          `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`,
        )
      : await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'table'`);
  let text = "";
  for (const { name } of tables)
    text += JSON.stringify(await db.$queryRawUnsafe(`SELECT * FROM "${name}"`), (_k, v) =>
      typeof v === "bigint" ? String(v) : v,
    );
  return text;
}

const domainError = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable(),
    (error: unknown) => error as DomainError,
  );

describe("passwords: storage, sign-in, throttles and changes", () => {
  useTestDatabase();

  it("keeps no plaintext password anywhere in the database", async () => {
    const address = email();
    const user = await createUser({ name: "Ada", email: ` ${address.toUpperCase()} `, password: PASSWORD });
    expect(user.email).toBe(address);
    await expect(authenticateUser({ email: address, password: PASSWORD, ip: "192.0.2.1" })).resolves.toEqual({
      id: user.id,
    });
    await expect(authenticateUser({ email: address, password: `${PASSWORD}-wrong`, ip: "192.0.2.1" })).rejects.toThrow(
      DomainError,
    );
    await changePassword(user, { currentPassword: PASSWORD, newPassword: `${PASSWORD}-new` });

    const dump = await dumpDatabase();
    expect(dump).toContain(address); // the dump does see the tables
    expect(dump).not.toContain(PASSWORD);
    expect(dump).toContain("$argon2id$");
  });

  it("upgrades a scrypt hash to argon2id at the next successful sign-in, and only then", async () => {
    const address = email();
    const user = await createUser({ name: "Ada", email: address, password: PASSWORD });
    // The hash of PASSWORD as Ninka stored it before argon2id (scrypt N=2^15, r=8, p=1).
    const salt = Buffer.alloc(16, 3);
    const key = scryptSync(PASSWORD, salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    const legacy = ["scrypt", 32768, 8, 1, salt.toString("base64url"), key.toString("base64url")].join("$");
    const db = getDb();
    await db.user.update({ where: { id: user.id }, data: { passwordHash: legacy } });
    const stored = async () => (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;

    await domainError(authenticateUser({ email: address, password: `${PASSWORD}-wrong`, ip: null }));
    expect(await stored()).toBe(legacy);
    await expect(authenticateUser({ email: address, password: PASSWORD, ip: null })).resolves.toEqual({ id: user.id });
    const upgraded = await stored();
    expect(upgraded).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await expect(authenticateUser({ email: address, password: PASSWORD, ip: null })).resolves.toEqual({ id: user.id });
    expect(await stored()).toBe(upgraded);
  });

  it("refuses a duplicate email (in any case) and a weak password with field errors", async () => {
    const address = email();
    await createUser({ name: "Ada", email: address, password: PASSWORD });
    const duplicate = await domainError(createUser({ name: "Bob", email: address.toUpperCase(), password: PASSWORD }));
    expect(duplicate.code).toBe("VALIDATION");
    expect(duplicate.fieldErrors?.email?.[0]).toMatch(/already exists/);
    const weak = await domainError(createUser({ name: "Bob", email: email(), password: "qwertyuiop" }));
    expect(weak.fieldErrors?.password?.[0]).toMatch(/too common/);
  });

  it("answers a wrong email and a wrong password alike, then throttles the account", async () => {
    const address = email();
    await createUser({ name: "Ada", email: address, password: PASSWORD });
    const unknown = await domainError(authenticateUser({ email: email(), password: PASSWORD, ip: null }));
    const wrong = await domainError(authenticateUser({ email: address, password: "not it at all", ip: null }));
    expect([unknown.code, unknown.message]).toEqual([wrong.code, wrong.message]);

    for (let i = 0; i < 4; i++)
      await domainError(authenticateUser({ email: address, password: "not it at all", ip: null }));
    const refused = await domainError(authenticateUser({ email: address, password: PASSWORD, ip: null }));
    expect(refused).toBeInstanceOf(LoginThrottledError);
    expect(refused.message).toBe("Too many failed sign-in attempts. Try again in 15 minutes.");
  });

  it("throttles an IP after 20 failures, whichever accounts they tried", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 20; i++) await domainError(authenticateUser({ email: email(), password: "not it at all", ip }));
    const address = email();
    await createUser({ name: "Ada", email: address, password: PASSWORD });
    expect(await domainError(authenticateUser({ email: address, password: PASSWORD, ip }))).toBeInstanceOf(
      LoginThrottledError,
    );
    await expect(authenticateUser({ email: address, password: PASSWORD, ip: "203.0.113.9" })).resolves.toBeDefined();
  });

  it("changing the password needs the current one and ends the user's Ninka sessions", async () => {
    const mine = await createUser({ name: "Ada", email: email(), password: PASSWORD });
    const theirs = await createUser({ name: "Bob", email: email(), password: PASSWORD });
    const db = getDb();
    const sessions = new PayloadAdapter("Session");
    for (const accountId of [mine.id, mine.id, theirs.id])
      await sessions.upsert(randomUUID(), { accountId, uid: randomUUID() }, 3600);

    const wrong = await domainError(
      changePassword(mine, { currentPassword: "not it at all", newPassword: `${PASSWORD}-new` }),
    );
    expect(wrong.fieldErrors?.currentPassword).toBeDefined();

    const { passwordChangedAt } = await changePassword(mine, {
      currentPassword: PASSWORD,
      newPassword: `${PASSWORD}-new`,
    });
    expect(passwordChangedAt).toBeInstanceOf(Date);
    const left = await db.oidcPayload.findMany({ where: { model: "Session" }, select: { payload: true } });
    const owners = left.map((row) => (row.payload as { accountId: string }).accountId);
    expect(owners).not.toContain(mine.id);
    expect(owners).toContain(theirs.id);
    await expect(authenticateUser({ email: mine.email, password: `${PASSWORD}-new`, ip: null })).resolves.toEqual({
      id: mine.id,
    });
  });

  it("runs at most the limit of password checks when guesses for one account arrive at once", async () => {
    const address = email();
    await createUser({ name: "Ada", email: address, password: PASSWORD });
    // Wrong guesses only: a right one that passes resets the account's count (a successful sign-in
    // starts afresh), after which guesses still in flight would rightly be checked again.
    const guesses = Array.from({ length: 20 }, (_, i) => `not it at all ${i}`);
    const outcomes = await Promise.allSettled(
      guesses.map((password) => authenticateUser({ email: address, password, ip: null })),
    );
    const checked = outcomes.filter(
      (o) => o.status === "fulfilled" || !(o.reason instanceof LoginThrottledError),
    ).length;
    expect(checked).toBeLessThanOrEqual(5);
    const failures = await getDb().loginAttempt.count({ where: { key: `account:${address}` } });
    expect(failures).toBeLessThanOrEqual(5);
  });

  it("throttles wrong current-password guesses on a password change", async () => {
    const mine = await createUser({ name: "Ada", email: email(), password: PASSWORD });
    for (let i = 0; i < 5; i++)
      await domainError(changePassword(mine, { currentPassword: `not it ${i}`, newPassword: `${PASSWORD}-new` }));
    const refused = await domainError(
      changePassword(mine, { currentPassword: PASSWORD, newPassword: `${PASSWORD}-new` }),
    );
    expect(refused.code).toBe("RATE_LIMITED");
  });

  it("refuses an over-long password before hashing it, on sign-in and on a password change", async () => {
    const mine = await createUser({ name: "Ada", email: email(), password: PASSWORD });
    const huge = "x".repeat(5_000_000);
    argon2.inputs.length = 0;
    const signIn = await domainError(authenticateUser({ email: mine.email, password: huge, ip: null }));
    expect(signIn.code).toBe("UNAUTHENTICATED");
    const change = await domainError(changePassword(mine, { currentPassword: huge, newPassword: `${PASSWORD}-new` }));
    expect(change.code).toBe("VALIDATION");
    expect(argon2.inputs.filter((length) => length === huge.length)).toEqual([]);
  });

  it("a password change can end connected apps' access and personal access tokens, and says so", async () => {
    const mine = await createUser({ name: "Ada", email: email(), password: PASSWORD });
    const theirs = await createUser({ name: "Bob", email: email(), password: PASSWORD });
    const db = getDb();
    const grantIds: Record<string, string> = {};
    for (const user of [mine, theirs]) {
      const grantId = randomUUID();
      grantIds[user.id] = grantId;
      await new PayloadAdapter("Grant").upsert(grantId, { accountId: user.id, clientId: "app-1" }, 3600);
      await new PayloadAdapter("RefreshToken").upsert(
        randomUUID(),
        { accountId: user.id, clientId: "app-1", grantId },
        3600,
      );
      await createToken(user, { name: "ci", scopes: ["clients:read"] });
    }
    const kept = await changePassword(mine, { currentPassword: PASSWORD, newPassword: `${PASSWORD}-2` });
    expect([kept.appsDisconnected, kept.tokensRevoked]).toEqual([0, 0]);
    expect(await db.oidcPayload.count({ where: { grantId: grantIds[mine.id] } })).toBe(1);

    const ended = await changePassword(mine, {
      currentPassword: `${PASSWORD}-2`,
      newPassword: `${PASSWORD}-3`,
      endAppAccess: "on",
      revokeTokens: "on",
    });
    expect([ended.appsDisconnected, ended.tokensRevoked]).toEqual([1, 1]);
    expect(await db.oidcPayload.count({ where: { grantId: grantIds[mine.id] } })).toBe(0);
    expect(await db.oidcPayload.count({ where: { model: "Grant", accountId: mine.id } })).toBe(0);
    expect(await db.personalAccessToken.count({ where: { userId: mine.id, revokedAt: null } })).toBe(0);
    // Another account keeps everything.
    expect(await db.oidcPayload.count({ where: { grantId: grantIds[theirs.id] } })).toBe(1);
    expect(await db.personalAccessToken.count({ where: { userId: theirs.id, revokedAt: null } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "password.changed", targetId: mine.id } })).toBe(2);
  });
});
