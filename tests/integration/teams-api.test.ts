import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { THROTTLES } from "@/lib/accounts/users/login-throttle";
import { getDb } from "@/lib/kernel/db/client";
import { createUser } from "@/lib/accounts/users/create-user";
import { removeAccount } from "@/lib/accounts/users/delete-account";
import { createClient } from "@/lib/portal/clients/create-client";
import { createToken } from "@/lib/portal/personal-access-tokens/create-token";
import { transferTeamOwnership } from "@/lib/portal/admin/transfer-team";
import { createInvitation } from "@/lib/portal/teams/create-invitation";
import { apiClient, createAdmin } from "./support/api-fixtures";
import { linkIn } from "./support/mail-catcher";
import { invitationTokenIn, makeTeam, TEAM_SCOPES, teamDeveloper, teamState } from "./support/team-fixtures";
import { useMailCatcher } from "./support/use-mail-catcher";
import { useServer, type TestServer } from "./support/use-server";

// /teams over HTTP against the run's server, on both databases (ARCHITECTURE.md "Teams"): teams,
// members and the last-owner rule, invitations mailed and accepted, bad input, and the account of
// a team's last owner. The role matrix is teams-role-matrix.test.ts.
describe("/teams REST API", () => {
  const database = useServer();
  const mail = useMailCatcher();
  let server: TestServer;
  beforeAll(() => {
    server = database.server();
  });

  const slug = () => `acme-${randomUUID().slice(0, 8)}`;

  it("creates, lists, reads, replaces and deletes a team; a slug is taken once", async () => {
    const ada = await teamDeveloper("Ada");
    const api = ada.call(server.url);
    const body = { name: "Acme", slug: slug(), logo_uri: "https://acme.example/logo.png" };
    const created = await api("POST", "/teams", body);
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`/teams/${created.json.id}`);
    expect(created.json).toEqual({
      ...body,
      id: expect.any(String),
      homepage_uri: null,
      role: "owner",
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    expect((await api("GET", "/teams")).json.teams).toEqual([created.json]);
    expect((await api("GET", `/teams/${created.json.id}`)).json).toEqual(created.json);

    const taken = await (await teamDeveloper("Bob")).call(server.url)("POST", "/teams", { ...body, name: "Other" });
    expect(taken.status).toBe(409);
    expect(taken.json.errors.slug).toEqual([`${body.slug} is taken by another team`]);

    const other = await api("POST", "/teams", { name: "Second", slug: slug() });
    expect((await api("PUT", `/teams/${other.json.id}`, { name: "Second", slug: body.slug })).status).toBe(409);
    const renamed = await api("PUT", `/teams/${created.json.id}`, { name: "Acme Payments", slug: body.slug });
    expect(renamed.status).toBe(200);
    expect(renamed.json).toMatchObject({ name: "Acme Payments", logo_uri: null, role: "owner" });

    expect((await api("DELETE", `/teams/${created.json.id}`)).status).toBe(204);
    expect((await api("GET", `/teams/${created.json.id}`)).status).toBe(404);
    expect(await getDb().teamMember.count({ where: { teamId: created.json.id } })).toBe(0);
  });

  it("needs a verified address to create a team", async () => {
    const user = await createUser({
      email: `new-${randomUUID()}@example.test`,
      name: "New",
      password: `pw-${randomUUID()}`,
    });
    const { token } = await createToken(user, { name: "t", scopes: [...TEAM_SCOPES] });
    const refused = await apiClient(server.url, token)("POST", "/teams", { name: "Mine", slug: slug() });
    expect(refused.status).toBe(403);
    expect(refused.json.detail).toMatch(/Verify your email address before creating a team/);
  });

  it("refuses to delete a team that owns apps, naming them; deletes it once they are gone", async () => {
    const ada = await teamDeveloper("Ada");
    const team = await makeTeam({ [ada.id]: "owner" });
    const { client } = await createClient(ada, { client_name: "Team worker", application_type: "m2m" });
    await getDb().client.update({ where: { id: client.client_id }, data: { ownerId: null, teamId: team.id } });
    const refused = await ada.call(server.url)("DELETE", `/teams/${team.id}`);
    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({
      team_apps: [{ client_id: client.client_id, client_name: "Team worker" }],
      team_apis: [],
    });
    expect(refused.json.detail).toContain("Team worker");
    await getDb().client.delete({ where: { id: client.client_id } });
    expect((await ada.call(server.url)("DELETE", `/teams/${team.id}`)).status).toBe(204);
  });

  it("changes roles as the table allows, and always keeps an owner", async () => {
    const [owner, admin, dev] = [
      await teamDeveloper("Owner"),
      await teamDeveloper("Admin"),
      await teamDeveloper("Dev"),
    ];
    const team = await makeTeam({ [owner.id]: "owner", [admin.id]: "admin", [dev.id]: "developer" });
    const asOwner = owner.call(server.url);
    const asAdmin = admin.call(server.url);
    const members = `/teams/${team.id}/members`;

    const listed = await dev.call(server.url)("GET", members);
    // Joined at the same instant here: the order among them is not the point.
    expect(listed.json.members.map((m: { email: string; role: string }) => [m.email, m.role]).sort()).toEqual(
      [
        [owner.email, "owner"],
        [admin.email, "admin"],
        [dev.email, "developer"],
      ].sort(),
    );
    expect((await asAdmin("PUT", `${members}/${dev.id}`, { role: "viewer" })).json).toMatchObject({
      id: dev.id,
      role: "viewer",
    });
    // Owners are made and unmade only by owners: 403 naming the role.
    const promote = await asAdmin("PUT", `${members}/${dev.id}`, { role: "owner" });
    expect(promote.status).toBe(403);
    expect(promote.json.required_role).toBe("owner");
    expect((await asAdmin("PUT", `${members}/${owner.id}`, { role: "admin" })).json.required_role).toBe("owner");
    // The last owner can neither step down nor leave.
    const stepDown = await asOwner("PUT", `${members}/${owner.id}`, { role: "admin" });
    expect(stepDown.status).toBe(409);
    expect(stepDown.json.detail).toContain("last owner");
    expect((await asOwner("DELETE", `${members}/me`)).status).toBe(409);
    // With a second owner, the first may go.
    expect((await asOwner("PUT", `${members}/${admin.id}`, { role: "owner" })).status).toBe(200);
    expect((await asOwner("DELETE", `${members}/me`)).status).toBe(204);
    expect((await asOwner("GET", `/teams/${team.id}`)).status).toBe(404);
    // A member removed loses access at their next request.
    expect((await dev.call(server.url)("GET", `/teams/${team.id}`)).status).toBe(200);
    expect((await asAdmin("DELETE", `${members}/${dev.id}`)).status).toBe(204);
    expect((await dev.call(server.url)("GET", `/teams/${team.id}`)).status).toBe(404);
    expect((await asAdmin("DELETE", `${members}/${dev.id}`)).status).toBe(404);

    const feed = await asAdmin("GET", `/teams/${team.id}/events`);
    const removed = feed.json.events.find((e: { action: string }) => e.action === "team.member_removed");
    // A fellow member's action is named by email, without IP or browser; one who left is an outsider.
    expect(removed).toMatchObject({ actor: { label: admin.email }, details: { email: "Someone outside the team" } });
    const left = feed.json.events.find((e: { details: { left?: boolean } }) => e.details.left);
    expect(left.actor).toEqual({ kind: "someone", label: "Someone outside the team" });
  });

  it("invites by mail over HTTP; the invited, verified address accepts once", async () => {
    const [owner, invitee, stranger] = [
      await teamDeveloper("Owner"),
      await teamDeveloper("Invitee"),
      await teamDeveloper("Stranger"),
    ];
    const team = await makeTeam({ [owner.id]: "owner" }, "Rocket");
    const invitations = `/teams/${team.id}/invitations`;
    const invited = await owner.call(server.url)("POST", invitations, {
      email: invitee.email.toUpperCase(),
      role: "developer",
    });
    expect(invited.status).toBe(201);
    expect(invited.headers.get("location")).toBe(`${invitations}/${invited.json.id}`);
    expect(invited.json).toMatchObject({ email: invitee.email, role: "developer", invited_by: { email: owner.email } });
    const token = invitationTokenIn(server.logs(), invitee.email);
    expect(JSON.stringify(invited.json)).not.toContain(token);
    const row = await getDb().teamInvitation.findUniqueOrThrow({ where: { id: invited.json.id } });
    expect(Object.values(row).map(String).join(" ")).not.toContain(token);
    expect((await owner.call(server.url)("GET", invitations)).json.invitations).toEqual([invited.json]);

    const wrong = await stranger.call(server.url)("POST", "/teams/join", { token });
    expect(wrong.status).toBe(403);
    expect(wrong.json.detail).toContain(`This invitation is for ${invitee.email}`);
    const joined = await invitee.call(server.url)("POST", "/teams/join", { token });
    expect(joined.status).toBe(200);
    expect(joined.json).toMatchObject({ id: team.id, name: "Rocket", role: "developer" });
    expect((await invitee.call(server.url)("POST", "/teams/join", { token })).status).toBe(404);
    expect((await owner.call(server.url)("GET", invitations)).json.invitations).toEqual([]);
    // A member cannot be invited again.
    const again = await owner.call(server.url)("POST", invitations, { email: invitee.email, role: "viewer" });
    expect(again.status).toBe(409);
    expect(again.json.errors.email).toEqual([`${invitee.email} is already a member`]);
  });

  it("mails the join link through SMTP; an unverified or expired invitee is refused; revoking and re-inviting end the old link", async () => {
    const owner = await teamDeveloper("Owner");
    const team = await makeTeam({ [owner.id]: "owner" }, "Mailers");
    const email = `later-${randomUUID()}@example.test`;
    await createInvitation(owner, team.id, { email, role: "viewer" });
    const link = new URL(linkIn(await mail().waitFor(email)));
    expect(link.pathname).toBe("/console/teams/join");
    const token = link.searchParams.get("token")!;

    // The address signs up but has not verified it yet.
    const user = await createUser({ email, name: "Later", password: `pw-${randomUUID()}` });
    const { token: pat } = await createToken(user, { name: "t", scopes: [...TEAM_SCOPES] });
    const later = apiClient(server.url, pat);
    const unverified = await later("POST", "/teams/join", { token });
    expect(unverified.status).toBe(403);
    expect(unverified.json.detail).toMatch(/^Verify /);
    await getDb().user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });

    await getDb().teamInvitation.updateMany({
      where: { teamId: team.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await later("POST", "/teams/join", { token });
    expect(expired.status).toBe(409);
    expect(expired.json.detail).toContain("expired");

    // Re-inviting replaces the old link; revoking ends the new one.
    const renewed = await owner.call(server.url)("POST", `/teams/${team.id}/invitations`, { email, role: "admin" });
    expect((await later("POST", "/teams/join", { token })).status).toBe(404);
    const second = invitationTokenIn(server.logs(), email);
    expect((await owner.call(server.url)("DELETE", `/teams/${team.id}/invitations/${renewed.json.id}`)).status).toBe(
      204,
    );
    expect((await later("POST", "/teams/join", { token: second })).status).toBe(404);
    expect((await owner.call(server.url)("DELETE", `/teams/${team.id}/invitations/${renewed.json.id}`)).status).toBe(
      404,
    );
    const actions = (await owner.call(server.url)("GET", `/teams/${team.id}/events`)).json.events.map(
      (e: { action: string }) => e.action,
    );
    expect(actions).toEqual(["team.invitation_revoked", "team.invitation_sent", "team.invitation_sent"]);
  });

  it("limits the invitations one account sends an hour (THROTTLES.teamInvitationSender), across its teams", async () => {
    const owner = await teamDeveloper("Sender");
    const [first, second] = [
      await makeTeam({ [owner.id]: "owner" }, "One"),
      await makeTeam({ [owner.id]: "owner" }, "Two"),
    ];
    const call = owner.call(server.url);
    const { limit } = THROTTLES.teamInvitationSender;
    for (let i = 0; i < limit; i++) {
      const team = i % 2 ? second : first;
      const sent = await call("POST", `/teams/${team.id}/invitations`, {
        email: `guest-${i}@example.test`,
        role: "viewer",
      });
      expect(sent.status).toBe(201);
    }
    const refused = await call("POST", `/teams/${second.id}/invitations`, {
      email: "one-more@example.test",
      role: "viewer",
    });
    expect(refused.status).toBe(429);
    expect(refused.json.detail).toMatch(/Try again in \d+ minutes?/);
    expect(await getDb().teamInvitation.count({ where: { email: "one-more@example.test" } })).toBe(0);
  });

  it("answers bad input with 400 (or 404 for a malformed id), never 500", async () => {
    const ada = await teamDeveloper("Ada");
    const api = ada.call(server.url);
    const team = await makeTeam({ [ada.id]: "owner" });
    const cases: [string, string, unknown, number, string?][] = [
      ["POST", "/teams", { name: "a\u0000b", slug: slug() }, 400, "name"],
      ["POST", "/teams", { name: "x".repeat(101), slug: slug() }, 400, "name"],
      ["POST", "/teams", { name: "Bad", slug: "Not A Slug" }, 400, "slug"],
      ["POST", "/teams", { name: "Bad", slug: "a\u0000" }, 400, "slug"],
      ["POST", "/teams", { name: "Bad", slug: slug(), logo_uri: "https://x.example/\u0000" }, 400, "logo_uri"],
      ["POST", "/teams", { name: 5, slug: ["x"] }, 400, "name"],
      ["PUT", `/teams/${team.id}`, { name: "Ok", slug: "x".repeat(41) }, 400, "slug"],
      ["PUT", `/teams/${team.id}/members/${ada.id}`, { role: "root" }, 400, "role"],
      ["POST", `/teams/${team.id}/invitations`, { email: "a\u0000@example.test", role: "viewer" }, 400, "email"],
      ["POST", `/teams/${team.id}/invitations`, { email: "a@example.test", role: "god" }, 400, "role"],
      ["POST", "/teams/join", { token: "ninka_el_\u0000" }, 400, "token"],
      ["POST", "/teams/join", { token: "ninka_el_forged" }, 404],
      ["GET", "/teams/%00", undefined, 404],
      ["GET", `/teams/${"x".repeat(300)}/members`, undefined, 404],
      ["PUT", `/teams/${team.id}/members/%00`, { role: "viewer" }, 404],
      ["DELETE", `/teams/${team.id}/invitations/%00`, undefined, 404],
      ["GET", `/teams/${team.id}/events?cursor=%00`, undefined, 400],
      ["GET", "/teams?limit=1000", undefined, 400],
    ];
    for (const [method, path, body, status, field] of cases) {
      const answer = await api(method, path, body);
      expect([method, path, answer.status]).toEqual([method, path, status]);
      if (field) expect(answer.json.errors).toHaveProperty(field);
    }
    expect(await teamState(team.id)).toMatchObject({ members: [{ userId: ada.id, role: "owner" }], invitations: [] });
  });

  it("refuses to delete the account of a team's last owner, naming the team; an administrator can give the team a new owner", async () => {
    const [owner, colleague] = [await teamDeveloper("Founder"), await teamDeveloper("Colleague")];
    const team = await makeTeam({ [owner.id]: "owner", [colleague.id]: "developer" }, "Orphan risk");
    const refused = await removeAccount(owner, owner, []).then(
      () => expect.unreachable(),
      (error: { code: string; message: string; extensions: unknown }) => error,
    );
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toContain("Orphan risk");
    expect(refused.extensions).toEqual({ teams: [{ id: team.id, name: "Orphan risk" }] });

    await expect(transferTeamOwnership(colleague, { teamId: team.id, email: colleague.email })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const admin = await createAdmin();
    await transferTeamOwnership(admin, { teamId: team.id, email: colleague.email });
    expect((await colleague.call(server.url)("GET", `/teams/${team.id}`)).json.role).toBe("owner");
    await expect(removeAccount(owner, owner, [])).resolves.toEqual({ appsDeleted: 0 });
    expect(await getDb().teamMember.findMany({ where: { teamId: team.id }, select: { userId: true } })).toEqual([
      { userId: colleague.id },
    ]);
  });
});
