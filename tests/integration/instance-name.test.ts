import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { getConfig } from "@/lib/kernel/config/get-config";
import type { DomainError } from "@/lib/kernel/errors";
import { createInvitation } from "@/lib/accounts/settings/create-invitation";
import { getInstanceName, updateInstanceName } from "@/lib/accounts/settings/instance-name";
import { createAdmin, createDeveloper } from "./support/api-fixtures";
import { runNinkaCli } from "./support/run-ninka-cli";
import { useMailCatcher } from "./support/use-mail-catcher";
import { useTestDatabase } from "./support/use-test-database";

// The instance's name (lib/accounts/settings/instance-name.ts): the host until an administrator
// or the CLI names it, plain text of bounded length on both databases, and what mails call it.
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as DomainError,
  );

describe("the instance name", { timeout: 60_000 }, () => {
  const database = useTestDatabase();
  const mail = useMailCatcher();

  it("is the host until named; refuses long or control-character names and non-administrators; mails use it", async () => {
    const host = new URL(getConfig().NINKA_URL).host;
    expect(await getInstanceName()).toBe(host);

    const admin = await createAdmin();
    const developer = await createDeveloper();
    expect(await refusal(updateInstanceName(developer, { name: "Mine" }))).toMatchObject({ code: "NOT_FOUND" });
    for (const name of ["A".repeat(61), "Acme\u0000ID", "Acme\nID", "Acme\u007fID", 42]) {
      const error = await refusal(updateInstanceName(admin, { name }));
      expect(error, String(name)).toMatchObject({ code: "VALIDATION", fieldErrors: { name: [expect.any(String)] } });
    }
    // Nothing was stored by the refusals.
    expect(await getDb().instanceSetting.count({ where: { name: "instance-name" } })).toBe(0);
    expect(await getInstanceName()).toBe(host);

    await expect(updateInstanceName(admin, { name: `  ${"A".repeat(58)}  ` })).resolves.toBe("A".repeat(58));
    await expect(updateInstanceName(admin, { name: "  Acme ID " })).resolves.toBe("Acme ID");
    expect(await getInstanceName()).toBe("Acme ID");
    const changed = await getDb().auditEvent.findFirstOrThrow({
      where: { action: "settings.changed", targetId: "instance-name" },
      orderBy: { createdAt: "desc" },
    });
    expect(JSON.parse(changed.details)).toMatchObject({ after: { name: "Acme ID" } });

    const invited = `invited-${randomUUID()}@example.test`;
    await createInvitation(admin, { email: invited });
    const raw = (await mail().waitFor(invited)).raw.replace(/=\r?\n/g, "");
    expect(raw).toContain("Subject: You are invited to Acme ID");
    expect(raw).toContain("create an account on Acme ID");
    expect(raw).toMatch(/Acme ID (—|=E2=80=94) your sign-in service/);

    // Empty: back to the host.
    await expect(updateInstanceName(admin, { name: "" })).resolves.toBe(host);
    expect(await getInstanceName()).toBe(host);
  });

  it("is set with `ninka settings instance-name`, which refuses a name too long", async () => {
    const env = database.current().env;
    const set = await runNinkaCli(["settings", "instance-name", "Beta ID"], env);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stderr).toContain("This instance is now called Beta ID.");
    expect(await getInstanceName()).toBe("Beta ID");
    const long = await runNinkaCli(["settings", "instance-name", "B".repeat(61)], env);
    expect(long.code).toBe(1);
    expect(long.stderr).toMatch(/name/i);
    const none = await runNinkaCli(["settings", "instance-name"], env);
    expect(none.code).toBe(2);
    expect(await getInstanceName()).toBe("Beta ID");
  });
});
