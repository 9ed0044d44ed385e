import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createInvitation } from "@/lib/accounts/settings/create-invitation";
import { findPendingInvitation } from "@/lib/accounts/settings/invitations";
import { listPendingInvitations } from "@/lib/accounts/settings/list-invitations";
import { resendInvitation } from "@/lib/accounts/settings/resend-invitation";
import { cliActor } from "@/lib/kernel/actors/any-actor";
import { getDb } from "@/lib/kernel/db/client";
import type { DomainError } from "@/lib/kernel/errors";
import { getAdminClient } from "@/lib/portal/admin/get-admin-client";
import { getAdminClientUsage } from "@/lib/portal/admin/get-admin-client-usage";
import { getAdminUser } from "@/lib/portal/admin/get-admin-user";
import { getInstanceTotals } from "@/lib/portal/admin/get-instance-totals";
import { listInstanceEvents } from "@/lib/portal/admin/list-instance-events";
import { suspendClient } from "@/lib/portal/admin/update-client-suspension";
import { listClientApiAccess } from "@/lib/portal/api-clients/list-client-api-access";
import { createApi } from "@/lib/portal/apis/create-api";
import { createClient } from "@/lib/portal/clients/create-client";
import { createTeam } from "@/lib/portal/teams/create-team";
import { createAdmin, createDeveloper } from "./support/api-fixtures";
import { linkIn } from "./support/mail-catcher";
import { useMailCatcher } from "./support/use-mail-catcher";
import { useTestDatabase } from "./support/use-test-database";

// Administration's detail pages and invitations (ARCHITECTURE.md "Administration"): an
// administrator reads any app and any account; anyone else, the app's own owner included, gets
// NOT_FOUND from the same functions, as /admin answers 404.
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as DomainError,
  );
const tokenOf = (link: string) => new URL(link).searchParams.get("invitation");

describe("admin detail pages", { timeout: 60_000 }, () => {
  useTestDatabase();
  const catcher = useMailCatcher();

  it("gives an administrator any app and account with what the pages show; NOT_FOUND to anyone else", async () => {
    const [admin, owner] = await Promise.all([createAdmin(), createDeveloper("Owner")]);
    const { client } = await createClient(owner, {
      client_name: "Shop",
      application_type: "web",
      redirect_uris: ["https://shop.example/callback"],
      client_uri: "https://shop.example",
      policy_uri: "https://shop.example/privacy",
      logo_uri: "https://shop.example/logo.png",
    });
    await suspendClient(admin, { clientId: client.client_id, reason: "Phishing reports" });

    const app = await getAdminClient(admin, client.client_id);
    expect(app).toMatchObject({
      name: "Shop",
      applicationType: "web",
      owner: { id: owner.id, email: owner.email },
      redirectUris: ["https://shop.example/callback"],
      clientUri: "https://shop.example",
      policyUri: "https://shop.example/privacy",
      logoUri: "https://shop.example/logo.png",
      suspendedReason: "Phishing reports",
      review: "published",
      secrets: 1,
    });
    // The teams they are in, with their role in each (ARCHITECTURE.md "Teams").
    const team = await createTeam(owner, { name: "Shop team", slug: `shop-${randomUUID().slice(0, 8)}` });
    const user = await getAdminUser(admin, owner.id);
    expect(user).toMatchObject({
      email: owner.email,
      isAdmin: false,
      twoStep: false,
      passkeys: 0,
      apps: [{ id: client.client_id, name: "Shop", review: "published" }],
      teams: [{ id: team.id, name: "Shop team", slug: team.slug, role: "owner" }],
    });
    expect(user.apps[0]!.suspendedAt).toBeInstanceOf(Date);
    // The app's and the account's activity, for their pages.
    const [appEvents, userEvents] = await Promise.all([
      listInstanceEvents(admin, { client: client.client_id }),
      listInstanceEvents(admin, { user: owner.id }),
    ]);
    expect(appEvents.events.map((event) => event.action)).toContain("app.suspended");
    expect(userEvents.events.every((event) => event.account_id === owner.id)).toBe(true);
    expect(userEvents.events.map((event) => event.action)).toContain("app.created");

    const usage = await getAdminClientUsage(admin, client.client_id, 7);
    expect(usage.days).toHaveLength(7);
    expect(usage.client_id).toBe(client.client_id);

    for (const actor of [owner, await createDeveloper("Other")]) {
      expect(await refusal(getAdminClient(actor, client.client_id))).toMatchObject({ code: "NOT_FOUND" });
      expect(await refusal(getAdminClientUsage(actor, client.client_id, 7))).toMatchObject({ code: "NOT_FOUND" });
      expect(await refusal(getAdminUser(actor, owner.id))).toMatchObject({ code: "NOT_FOUND" });
      expect(await refusal(getInstanceTotals(actor))).toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await refusal(getAdminClient(admin, randomUUID()))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(getAdminUser(admin, "x".repeat(500)))).toMatchObject({ code: "NOT_FOUND" });
    const totals = await getInstanceTotals(admin);
    expect(totals.users).toBeGreaterThanOrEqual(2);
    expect(totals.apps).toBeGreaterThanOrEqual(1);
  });

  it("resends an invitation as a new link and ends the old one; lists who invited; admins only", async () => {
    const admin = await createAdmin("Ada");
    const email = `invited-${randomUUID().slice(0, 8)}@example.test`;
    const first = await createInvitation(admin, { email });
    const firstLink = linkIn(await catcher().waitFor(email));
    const sent = catcher().mails.length;

    expect(await refusal(resendInvitation(await createDeveloper(), first.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(resendInvitation(admin, randomUUID()))).toMatchObject({ code: "NOT_FOUND" });

    const second = await resendInvitation(admin, first.id);
    expect(catcher().mails.length).toBe(sent + 1);
    const secondLink = linkIn(await catcher().waitFor(email));
    expect(secondLink).not.toBe(firstLink);
    const db = getDb();
    expect(await findPendingInvitation(db, tokenOf(firstLink))).toBeNull();
    expect(await findPendingInvitation(db, tokenOf(secondLink))).toMatchObject({ id: second.id });

    const pending = (await listPendingInvitations(admin)).filter((invitation) => invitation.email === email);
    expect(pending).toEqual([
      expect.objectContaining({ id: second.id, invitedBy: expect.objectContaining({ name: "Ada" }) }),
    ]);
    const byCli = await createInvitation(cliActor, { email: `cli-${email}` });
    expect(
      (await listPendingInvitations(admin)).find((invitation) => invitation.id === byCli.id)?.invitedBy,
    ).toBeNull();
  });

  it("tells a machine-to-machine app's developer which awaited API they approve themselves", async () => {
    const [developer, other] = await Promise.all([createDeveloper("Maker"), createDeveloper("Keeper")]);
    const suffix = randomUUID().slice(0, 8);
    const api = (owner: typeof developer, name: string) =>
      createApi(owner, {
        name,
        identifier: `https://api.example.com/${name}-${suffix}`,
        description: name,
        scopes: [{ value: `${name}${suffix}.read`, description: "Read" }],
        access_token_ttl: 600,
        signing_alg: "ES256",
      });
    const [mine, theirs] = await Promise.all([api(developer, "mine"), api(other, "theirs")]);
    const { client } = await createClient(developer, {
      client_name: "Worker",
      application_type: "m2m",
      scope: `mine${suffix}.read theirs${suffix}.read`,
    });
    const access = await listClientApiAccess(developer, client.client_id);
    expect(access.map(({ api: { id, yours }, scopes }) => ({ id, yours, approved: scopes[0]!.approved }))).toEqual(
      expect.arrayContaining([
        { id: mine.id, yours: true, approved: false },
        { id: theirs.id, yours: false, approved: false },
      ]),
    );
  });
});
