import { describe, expect, it } from "vitest";
import { deleteAccount } from "@/lib/accounts/users/delete-account";
import { cliActor } from "@/lib/kernel/actors/any-actor";
import { getDb } from "@/lib/kernel/db/client";
import type { DomainError } from "@/lib/kernel/errors";
import { updateAdmin } from "@/lib/portal/admin/update-admin";
import { deleteUserAsAdmin } from "@/lib/portal/admin/update-user-access";
import { updateUserStatus } from "@/lib/portal/admin/update-user-status";
import { createAdmin } from "./support/api-fixtures";
import { withSession } from "./support/recent-session";
import { useTestDatabase } from "./support/use-test-database";

// An instance always keeps an enabled administrator (lib/accounts/users/last-admin.ts), whoever asks
// — the console, the CLI or the account page — and a signed-in administrator cannot disable or
// demote themselves.
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as DomainError,
  );
const row = (id: string) => getDb().user.findUniqueOrThrow({ where: { id } });

describe("the last administrator", { timeout: 60_000 }, () => {
  useTestDatabase();

  it("cannot be disabled, demoted or deleted, by themselves or the CLI; a disabled admin does not count", async () => {
    const only = await withSession(await createAdmin("Only"));

    for (const actor of [only, cliActor]) {
      expect(await refusal(updateUserStatus(actor, { email: only.email, disabled: true }))).toMatchObject({
        code: "CONFLICT",
      });
      expect(await refusal(updateAdmin(actor, { email: only.email, isAdmin: false }))).toMatchObject({
        code: "CONFLICT",
      });
    }
    expect((await refusal(updateUserStatus(cliActor, { email: only.email, disabled: true })))?.message).toMatch(
      /last administrator/,
    );
    expect(await refusal(deleteUserAsAdmin(cliActor, { email: only.email }))).toMatchObject({ code: "CONFLICT" });
    expect(await refusal(deleteAccount(only, { confirmEmail: only.email, confirmedAppIds: [] }))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/last administrator/),
    });
    expect(await row(only.id)).toMatchObject({ isAdmin: true, disabledAt: null });

    // A second administrator who is disabled cannot reach /admin: the first is still the last.
    const disabled = await createAdmin("Disabled");
    await getDb().user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    expect(await refusal(updateAdmin(cliActor, { email: only.email, isAdmin: false }))).toMatchObject({
      code: "CONFLICT",
    });
    expect(await row(only.id)).toMatchObject({ isAdmin: true, disabledAt: null });
  });

  it("an administrator cannot disable or demote themselves, but another administrator can", async () => {
    const first = await createAdmin("First");
    const second = await createAdmin("Second");

    expect(await refusal(updateUserStatus(first, { email: first.email, disabled: true }))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/your own account/),
    });
    expect(await refusal(updateAdmin(first, { email: first.email, isAdmin: false }))).toMatchObject({
      code: "CONFLICT",
    });
    expect(await row(first.id)).toMatchObject({ isAdmin: true, disabledAt: null });

    await expect(updateAdmin(second, { email: first.email, isAdmin: false })).resolves.toMatchObject({ changed: true });
    // Now `second` is the last administrator (of this test's two; the first test's remain too).
    await expect(updateUserStatus(cliActor, { email: first.email, disabled: true })).resolves.toMatchObject({
      changed: true,
    });
  });
});
