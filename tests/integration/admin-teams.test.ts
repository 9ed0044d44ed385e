import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import type { DomainError } from "@/lib/kernel/errors";
import { findTeamByRef } from "@/lib/portal/admin/find-team-by-ref";
import { getAdminTeam } from "@/lib/portal/admin/get-admin-team";
import { listAllTeams } from "@/lib/portal/admin/list-all-teams";
import { listInstanceEvents } from "@/lib/portal/admin/list-instance-events";
import { transferTeamOwnership } from "@/lib/portal/admin/transfer-team";
import { createApi } from "@/lib/portal/apis/create-api";
import { createClient } from "@/lib/portal/clients/create-client";
import { createTeam } from "@/lib/portal/teams/create-team";
import { updateTeam } from "@/lib/portal/teams/update-team";
import { createAdmin, createDeveloper } from "./support/api-fixtures";
import { runNinkaCli } from "./support/run-ninka-cli";
import { teamState } from "./support/team-fixtures";
import { useTestDatabase } from "./support/use-test-database";

// Teams as administrators see them (ARCHITECTURE.md "Administration"): every team, searched by id,
// slug or name; one team's members, apps, APIs and feed; and making an account an owner from the
// CLI. Anyone but an administrator gets NOT_FOUND, a team's own owner included, as /admin answers 404.
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as DomainError,
  );

describe("teams in administration", { timeout: 120_000 }, () => {
  const database = useTestDatabase();
  const cli = (args: string[]) => runNinkaCli(args, database.current().env);

  /** A team made by `owner` through the domain, named and slugged after `tag`. */
  const team = (owner: Awaited<ReturnType<typeof createDeveloper>>, name: string, slug: string) =>
    createTeam(owner, { name, slug });

  it("lists every team newest first with its owners and counts, searched by id, slug or name; admins only", async () => {
    const tag = randomUUID().slice(0, 6);
    const [admin, owner, colleague] = await Promise.all([
      createAdmin(),
      createDeveloper("Owner"),
      createDeveloper("Colleague"),
    ]);
    const older = await team(owner, `Zeta ${tag}`, `zeta-${tag}`);
    const acme = await team(owner, `Acme ${tag}`, `acme-${tag}`);
    await getDb().teamMember.create({ data: { teamId: acme.id, userId: colleague.id, role: "developer" } });
    await createClient(owner, { client_name: "Team app", application_type: "m2m", team_id: acme.id });

    expect(await refusal(listAllTeams(owner))).toMatchObject({ code: "NOT_FOUND" });
    const all = await listAllTeams(admin);
    expect(all.total).toBe(all.teams.length);
    expect(all.teams.map((t) => t.id).slice(0, 2)).toEqual([acme.id, older.id]);
    expect(all.teams[0]).toMatchObject({
      name: `Acme ${tag}`,
      slug: `acme-${tag}`,
      owners: [owner.email],
      members: 2,
      apps: 1,
      apis: 0,
    });

    const ids = async (q: string) => (await listAllTeams(admin, { q })).teams.map((t) => t.id);
    expect(await ids(`acme-${tag.slice(0, 3)}`)).toEqual([acme.id]);
    expect(await ids(`ACME-${tag}`)).toEqual([acme.id]); // slugs are lower-case
    expect(await ids(`Zeta ${tag.slice(0, 2)}`)).toEqual([older.id]);
    expect(await ids(older.id)).toEqual([older.id]);
    expect(await ids(`zeta ${tag}`)).toEqual([]); // a name's beginning is exact
    expect((await listAllTeams(admin, { q: "acme" })).total).toBeNull();
    expect(await refusal(listAllTeams(admin, { q: "a\u0000" }))).toMatchObject({ code: "VALIDATION" });
    expect(await refusal(listAllTeams(admin, { cursor: "nope" }))).toMatchObject({ code: "VALIDATION" });
  });

  it("shows one team's members, apps, APIs, pending invitations and feed to an administrator only", async () => {
    const tag = randomUUID().slice(0, 6);
    const [admin, owner, viewer] = await Promise.all([
      createAdmin(),
      createDeveloper("Owner"),
      createDeveloper("Viewer"),
    ]);
    const made = await team(owner, `Shop ${tag}`, `shop-${tag}`);
    await getDb().teamMember.create({ data: { teamId: made.id, userId: viewer.id, role: "viewer" } });
    await updateTeam(owner, made.id, {
      name: `Shop ${tag}`,
      slug: `shop-${tag}`,
      homepage_uri: "https://shop.example",
    });
    const { client } = await createClient(owner, {
      client_name: "Checkout",
      application_type: "m2m",
      team_id: made.id,
    });
    const api = await createApi(owner, {
      name: "Orders",
      identifier: `https://orders-${tag}.example/api`,
      description: "Orders",
      scopes: [{ value: `orders-${tag}.read`, description: "Read" }],
      access_token_ttl: 600,
      signing_alg: "ES256",
      team_id: made.id,
    });
    const invitation = (email: string, expiresAt: Date) => ({
      id: randomUUID(),
      teamId: made.id,
      email,
      role: "developer",
      digest: randomUUID(),
      expiresAt,
    });
    await getDb().teamInvitation.createMany({
      data: [
        invitation("pending@example.test", new Date(Date.now() + 86_400_000)),
        invitation("expired@example.test", new Date(Date.now() - 1000)),
      ],
    });

    for (const outsider of [owner, viewer])
      expect(await refusal(getAdminTeam(outsider, made.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(getAdminTeam(admin, "no such team"))).toMatchObject({ code: "NOT_FOUND" });
    const seen = await getAdminTeam(admin, made.id);
    expect(seen).toMatchObject({
      id: made.id,
      name: `Shop ${tag}`,
      slug: `shop-${tag}`,
      homepageUri: "https://shop.example",
      members: [
        { id: owner.id, email: owner.email, role: "owner" },
        { id: viewer.id, email: viewer.email, role: "viewer" },
      ],
      apps: [{ id: client.client_id, name: "Checkout", applicationType: "m2m" }],
      apis: [{ id: api.id, name: "Orders", identifier: `https://orders-${tag}.example/api` }],
      pendingInvitations: 1,
    });
    const feed = await listInstanceEvents(admin, { team: made.id });
    expect(feed.events.map((event) => event.action)).toEqual(
      expect.arrayContaining(["team.created", "team.updated", "app.created", "api.created"]),
    );
    expect(feed.events.every((event) => event.actor.label === owner.email)).toBe(true);
  });

  it("makes an account an owner from the CLI, by slug or id, audited; refuses an unknown one and writes nothing", async () => {
    const tag = randomUUID().slice(0, 6);
    const [owner, member, stranger] = await Promise.all([
      createDeveloper("Owner"),
      createDeveloper("Member"),
      createDeveloper("Stranger"),
    ]);
    const made = await team(owner, `Ops ${tag}`, `ops-${tag}`);
    await getDb().teamMember.create({ data: { teamId: made.id, userId: member.id, role: "viewer" } });

    const listed = await cli(["teams", "list"]);
    expect(listed.code).toBe(0);
    expect(listed.stdout.split("\n")).toContain([made.id, `ops-${tag}`, `Ops ${tag}`, "2", "0"].join("\t"));

    const before = await teamState(made.id);
    const unknown = await cli(["teams", "add-owner", "--team", `ops-${tag}`, "--email", "nobody@example.test"]);
    expect(unknown).toMatchObject({ code: 1, stderr: "ninka: --email: No account uses nobody@example.test.\n" });
    const noTeam = await cli(["teams", "add-owner", "--team", "no-such-team", "--email", member.email]);
    expect(noTeam).toMatchObject({ code: 1, stderr: "ninka: No team has the id or slug no-such-team.\n" });
    const badEmail = await cli(["teams", "add-owner", "--team", made.id, "--email", "not an address"]);
    expect(badEmail.code).toBe(1);
    expect(badEmail.stderr).toMatch(/^ninka: --email: /);
    const missing = await cli(["teams", "add-owner", "--team", made.id]);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toContain("ninka: missing --email");
    expect(await teamState(made.id)).toEqual(before);

    const promoted = await cli(["teams", "add-owner", "--team", `ops-${tag}`, "--email", member.email]);
    expect(promoted).toMatchObject({
      code: 0,
      stderr: `${member.email} is now an owner of Ops ${tag} (ops-${tag}).\n`,
    });
    const joined = await cli(["teams", "add-owner", "--team", made.id, "--email", stranger.email]);
    expect(joined.code).toBe(0);
    const again = await cli(["teams", "add-owner", "--team", made.id, "--email", stranger.email]);
    expect(again).toMatchObject({ code: 1, stderr: `ninka: --email: ${stranger.email} already owns Ops ${tag}.\n` });

    const db = getDb();
    const roles = await db.teamMember.findMany({ where: { teamId: made.id }, select: { userId: true, role: true } });
    expect(Object.fromEntries(roles.map((row) => [row.userId, row.role]))).toEqual({
      [owner.id]: "owner",
      [member.id]: "owner",
      [stranger.id]: "owner",
    });
    const events = await db.auditEvent.findMany({
      where: { teamId: made.id, actorKind: "cli" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(events.map((event) => [event.action, event.targetId, JSON.parse(event.details)])).toEqual([
      [
        "team.member_role_changed",
        member.id,
        { email: member.email, from: "viewer", to: "owner", by_administrator: true },
      ],
      ["team.member_added", stranger.id, { email: stranger.email, role: "owner", by_administrator: true }],
    ]);
  });

  it("finds a team by id before slug, for administrators only", async () => {
    const tag = randomUUID().slice(0, 6);
    const [admin, owner] = await Promise.all([createAdmin(), createDeveloper("Owner")]);
    const target = await team(owner, `Target ${tag}`, `target-${tag}`);
    // A slug may be spelled like another team's id; the id still names that team.
    const lookalike = await team(owner, `Lookalike ${tag}`, target.id);
    expect(await findTeamByRef(admin, target.id)).toMatchObject({ id: target.id });
    expect(await findTeamByRef(admin, `TARGET-${tag}`)).toMatchObject({ id: target.id });
    expect(lookalike.slug).toBe(target.id);
    expect(await refusal(findTeamByRef(owner, target.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(findTeamByRef(admin, ""))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { team: expect.any(Array) },
    });
    expect(await refusal(transferTeamOwnership(owner, { teamId: target.id, email: owner.email }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
