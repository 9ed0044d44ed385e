import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { runNinkaCli } from "../../tests/integration/support/run-ninka-cli";
import { startServer, type RunningServer } from "../../tests/integration/support/start-server";

export type Person = { name: string; email: string; password: string };

/** A person with a fresh address and password (not yet an account). */
export const person = (name: string): Person => ({
  name,
  email: `${name.toLowerCase()}-${randomUUID()}@example.test`,
  password: `${name} password ${randomUUID().slice(0, 8)}`,
});

/**
 * Its own Ninka on its own SQLite database, for a spec that changes what is instance-wide (the
 * sign-up policy, app review, the set of administrators) and would break the specs running beside it
 * on the shared e2e server. `accounts` are created by the CLI before the spec's tests, `admin` ones
 * with --admin. With no SMTP on a loopback URL, mails (links included) go to its log.
 */
export function useOwnServer(tag: string, accounts: { who: Person; admin?: boolean }[]) {
  const env = { NINKA_DATA_DIR: `/tmp/ninka-e2e-${tag}-${randomUUID()}`, DATABASE_URL: "", NINKA_TRUST_PROXY: "1" };
  let server: RunningServer | undefined;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = await startServer(env);
    for (const { who, admin } of accounts) {
      const created = await runNinkaCli(
        [
          "users",
          "create",
          ...(admin ? ["--admin"] : []),
          "--email",
          who.email,
          "--name",
          who.name,
          "--password-stdin",
        ],
        env,
        `${who.password}\n`,
      );
      expect(created.code, created.stderr).toBe(0);
    }
  });
  test.afterAll(async () => {
    await server?.stop();
  });
  return {
    env,
    server: () => {
      if (!server) throw new Error("useOwnServer: not started (use inside tests)");
      return server;
    },
  };
}
