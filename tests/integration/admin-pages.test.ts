import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { signInToConsole } from "../../bench/support/console-session";
import { listAllClients } from "@/lib/portal/admin/list-all-clients";
import { ADMIN_PAGE_SIZE, listUsers } from "@/lib/portal/admin/list-users";
import { transferClient } from "@/lib/portal/admin/transfer-client";
import { deleteUserAsAdmin, signOutUserEverywhere } from "@/lib/portal/admin/update-user-access";
import { suspendClient } from "@/lib/portal/admin/update-client-suspension";
import { updateUserStatus } from "@/lib/portal/admin/update-user-status";
import { createClient } from "@/lib/portal/clients/create-client";
import { getClient } from "@/lib/portal/clients/get-client";
import { getDb } from "@/lib/kernel/db/client";
import type { DomainError } from "@/lib/kernel/errors";
import { createAdmin, createDeveloper } from "./support/api-fixtures";
import { authorize } from "./support/authorize";
import { Browser } from "./support/browser";
import { discover } from "./support/oauth";
import { useInstanceServer } from "./support/use-server";

// Administration: /admin/users and /admin/apps (search, filters, paging, transfer), and a
// 404 for anyone but an administrator on every admin page and in every admin function.
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as DomainError,
  );
const ADMIN_PAGES = [
  "/admin",
  "/admin/users",
  "/admin/apps",
  "/admin/reviews",
  "/admin/audit",
  "/admin/settings",
  "/admin/keys",
];

describe("admin pages", { timeout: 120_000 }, () => {
  const { server } = useInstanceServer();
  let admin: Awaited<ReturnType<typeof createAdmin>>;

  beforeAll(async () => {
    admin = await createAdmin();
  });

  it("answers 404 on every admin page to a signed-in non-admin and to nobody, 200 to an admin", async () => {
    const developer = await createDeveloper("Dev");
    const [theirs, mine] = await Promise.all([
      signInToConsole(server().url, developer),
      signInToConsole(server().url, admin),
    ]);
    for (const path of ADMIN_PAGES) {
      expect(
        (await fetch(`${server().url}${path}`, { headers: { cookie: theirs }, redirect: "manual" })).status,
        path,
      ).toBe(404);
      expect((await fetch(`${server().url}${path}`, { redirect: "manual" })).status, path).toBe(404);
      expect(
        (await fetch(`${server().url}${path}`, { headers: { cookie: mine }, redirect: "manual" })).status,
        path,
      ).toBe(200);
    }
  });

  it("answers a search or page link that is not valid with the list page saying so, never an error page", async () => {
    const mine = await signInToConsole(server().url, admin);
    for (const path of ["/admin/users", "/admin/apps", "/admin/teams"]) {
      for (const query of ["q=a%00b", "cursor=not-a-cursor"]) {
        const page = await fetch(`${server().url}${path}?${query}`, { headers: { cookie: mine }, redirect: "manual" });
        const html = await page.text();
        expect(page.status, `${path}?${query}`).toBe(200);
        expect(html, `${path}?${query}`).toContain("That search or page link is not valid");
      }
    }
  });

  it("searches users by email prefix or id, pages them by cursor, and counts their apps", async () => {
    const tag = `tag${randomUUID().slice(0, 8)}`;
    await getDb().user.createMany({
      data: Array.from({ length: ADMIN_PAGE_SIZE + 2 }, (_, i) => ({
        id: randomUUID(),
        email: `${tag}-${i}@example.test`,
        name: `Person ${i}`,
        passwordHash: "x",
        createdAt: new Date(Date.now() - i * 1000),
      })),
    });
    const first = await listUsers(admin, { q: tag.toUpperCase() });
    expect(first.total).toBeNull(); // a search is not counted (ARCHITECTURE.md "Scale")
    expect(first.users).toHaveLength(ADMIN_PAGE_SIZE);
    expect(first.users[0]!.email).toBe(`${tag}-0@example.test`); // newest first
    const second = await listUsers(admin, { q: tag, cursor: first.nextCursor! });
    expect(second.users.map((user) => user.email)).toEqual([`${tag}-25@example.test`, `${tag}-26@example.test`]);
    expect(second.nextCursor).toBeNull();
    expect(typeof (await listUsers(admin)).total).toBe("number");

    const named = await createDeveloper("Zebulon");
    await createClient(named, { client_name: "Z", application_type: "m2m" });
    for (const q of [named.email, named.email.slice(0, 10), named.id]) {
      expect(
        (await listUsers(admin, { q })).users.find((u) => u.id === named.id),
        q,
      ).toMatchObject({ apps: [{ name: "Z" }], sessions: 0 });
    }
    expect(await refusal(listUsers(admin, { cursor: "not a cursor" }))).toMatchObject({ code: "VALIDATION" });
  });

  it("filters apps by status and search, suspends, and transfers one to another user", async () => {
    const owner = await createDeveloper("Owner");
    const heir = await createDeveloper("Heir");
    const name = `App ${randomUUID().slice(0, 8)}`;
    const { client } = await createClient(owner, { client_name: name, application_type: "m2m" });
    expect((await listAllClients(admin, { q: name })).clients.map((c) => c.id)).toEqual([client.client_id]);
    expect((await listAllClients(admin, { q: name.slice(0, 7) })).clients.map((c) => c.id)).toContain(client.client_id);
    expect((await listAllClients(admin, { q: client.client_id })).clients).toHaveLength(1);
    expect((await listAllClients(admin, { q: owner.email })).clients).toHaveLength(1);
    expect((await listAllClients(admin, { q: name, status: "suspended" })).clients).toHaveLength(0);
    await suspendClient(admin, { clientId: client.client_id, reason: "Spam" });
    expect((await listAllClients(admin, { q: name, status: "suspended" })).clients[0]).toMatchObject({
      suspendedReason: "Spam",
    });
    await getDb().client.update({
      where: { id: client.client_id },
      data: { createdAt: new Date(Date.now() - 200 * 86_400_000) },
    });
    expect((await listAllClients(admin, { q: name, status: "stale" })).clients).toHaveLength(1);

    expect(
      await refusal(transferClient(admin, { clientId: client.client_id, email: "nobody-here@example.test" })),
    ).toMatchObject({ fieldErrors: { email: expect.any(Array) } });
    await transferClient(admin, { clientId: client.client_id, email: heir.email });
    await expect(getClient(heir, client.client_id)).resolves.toMatchObject({ client_id: client.client_id });
    expect(await refusal(getClient(owner, client.client_id))).toMatchObject({ code: "NOT_FOUND" });
    const event = await getDb().auditEvent.findFirstOrThrow({
      where: { action: "app.transferred", clientId: client.client_id },
    });
    expect(JSON.parse(event.details)).toEqual({ from: owner.email, to: heir.email, secretsRevoked: 1 });
  });

  it("refuses every admin function to a non-admin, changing nothing", async () => {
    const developer = await createDeveloper("Dev");
    const victim = await createDeveloper("Victim");
    const { client } = await createClient(victim, { client_name: "Theirs", application_type: "m2m" });
    for (const attempt of [
      () => listUsers(developer),
      () => listAllClients(developer),
      () => transferClient(developer, { clientId: client.client_id, email: developer.email }),
      () => suspendClient(developer, { clientId: client.client_id, reason: "mine" }),
      () => updateUserStatus(developer, { email: victim.email, disabled: true }),
    ])
      expect(await refusal(attempt())).toMatchObject({ code: "NOT_FOUND" });
    const row = await getDb().client.findUniqueOrThrow({ where: { id: client.client_id } });
    expect(row).toMatchObject({ ownerId: victim.id, suspendedAt: null });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: victim.id } })).disabledAt).toBeNull();
  });

  it("signs a user out everywhere, and deletes a user with the apps the admin was shown (never oneself or the last admin)", async () => {
    const publisher = await createDeveloper("Publisher");
    const { client, client_secret } = await createClient(publisher, {
      client_name: "Sso",
      application_type: "web",
      redirect_uris: ["https://app.example/cb"],
    });
    const config = await discover(server().url, client.client_id, client_secret);
    const user = await createDeveloper("Roamer");
    const browser = new Browser(server().url);
    await authorize(browser, config, "https://app.example/cb", { account: user });
    expect(await signOutUserEverywhere(admin, { email: user.email })).toBe(1);
    await expect(authorize(browser, config, "https://app.example/cb")).rejects.toThrow(/no account was given/);

    const { client: owned } = await createClient(user, { client_name: "Goes too", application_type: "m2m" });
    expect(await refusal(deleteUserAsAdmin(admin, { email: user.email, confirmedAppIds: [] }))).toMatchObject({
      fieldErrors: { confirmedAppIds: expect.any(Array) },
    });
    await expect(deleteUserAsAdmin(admin, { email: user.email, confirmedAppIds: [owned.client_id] })).resolves.toEqual({
      appsDeleted: 1,
    });
    expect(await getDb().user.findUnique({ where: { id: user.id } })).toBeNull();
    expect(await refusal(deleteUserAsAdmin(admin, { email: admin.email }))).toMatchObject({ code: "CONFLICT" });
    expect(await refusal(deleteUserAsAdmin(publisher, { email: admin.email }))).toMatchObject({ code: "NOT_FOUND" });
  });
});
