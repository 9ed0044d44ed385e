import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/kernel/actors/actor";
import { TEAM_ACTIONS, roleAllows, type TeamAction, type TeamRole } from "@/lib/kernel/actors/team-permissions";
import { getDb } from "@/lib/kernel/db/client";
import { createApi } from "@/lib/portal/apis/create-api";
import { createClient } from "@/lib/portal/clients/create-client";
import { createTeam } from "@/lib/portal/teams/create-team";
import { signInToConsole } from "../../bench/support/console-session";
import { apiClient, createDeveloper, createPat } from "./support/api-fixtures";
import { postServerAction } from "./support/post-server-action";
import { useServer } from "./support/use-server";

// The role matrix of a team's apps and APIs (ARCHITECTURE.md "Teams"): every REST operation on
// them × {owner, admin, developer, viewer, non-member}. Allowed where TEAM_ACTIONS says; refused
// with 403 naming the role for a member, 404 for anyone else; a refusal changes nothing.
type Who = TeamRole | "stranger";
const PEOPLE: Who[] = ["owner", "admin", "developer", "viewer", "stranger"];
type Call = { method: string; path: string; body?: unknown };
type Fixture = {
  teamId: string;
  clientId: string;
  m2mId: string;
  secretId: string;
  apiId: string;
  /** A viewer whom the member actions change or remove, and a pending invitation. */
  targetId: string;
  invitationId: string;
};

const WEB = { client_name: "Team web", application_type: "web", redirect_uris: ["https://team.example/cb"] };
const api = (tag: string) => ({
  name: "Team API",
  identifier: `https://team-${tag}.example/api`,
  scopes: [{ value: `team-${tag}.read`, description: "Read" }],
});

// Each operation: the action it needs and the call, against fresh data of its own.
const OPERATIONS: [string, TeamAction, (f: Fixture) => Call][] = [
  ["list the team's apps", "apps.read", (f) => ({ method: "GET", path: `/clients?team_id=${f.teamId}` })],
  [
    "create an app in the team",
    "apps.write",
    (f) => ({ method: "POST", path: "/clients", body: { ...WEB, team_id: f.teamId } }),
  ],
  ["get an app", "apps.read", (f) => ({ method: "GET", path: `/clients/${f.clientId}` })],
  [
    "replace an app",
    "apps.write",
    (f) => ({ method: "PUT", path: `/clients/${f.clientId}`, body: { ...WEB, client_name: "Renamed" } }),
  ],
  ["delete an app", "apps.delete", (f) => ({ method: "DELETE", path: `/clients/${f.clientId}` })],
  ["an app's usage", "apps.read", (f) => ({ method: "GET", path: `/clients/${f.clientId}/usage` })],
  ["an app's activity", "apps.read", (f) => ({ method: "GET", path: `/clients/${f.clientId}/events` })],
  ["list secrets", "secrets.manage", (f) => ({ method: "GET", path: `/clients/${f.m2mId}/credentials` })],
  ["add a secret", "secrets.manage", (f) => ({ method: "POST", path: `/clients/${f.m2mId}/credentials` })],
  [
    "revoke a secret",
    "secrets.manage",
    (f) => ({ method: "DELETE", path: `/clients/${f.m2mId}/credentials/${f.secretId}` }),
  ],
  ["revoke every secret", "secrets.manage", (f) => ({ method: "DELETE", path: `/clients/${f.m2mId}/credentials` })],
  [
    "move an app out of the team",
    "ownership.transfer",
    (f) => ({ method: "PUT", path: `/clients/${f.clientId}/owner`, body: { user: "me" } }),
  ],
  ["list the team's APIs", "apps.read", (f) => ({ method: "GET", path: `/apis?team_id=${f.teamId}` })],
  [
    "create an API in the team",
    "apps.write",
    (f) => ({ method: "POST", path: "/apis", body: { ...api(randomUUID().slice(0, 8)), team_id: f.teamId } }),
  ],
  ["get an API", "apps.read", (f) => ({ method: "GET", path: `/apis/${f.apiId}?confirm=true` })],
  [
    "replace an API",
    "apps.write",
    (f) => ({ method: "PUT", path: `/apis/${f.apiId}`, body: { ...apiOf(f), name: "Renamed" } }),
  ],
  ["delete an API", "apps.delete", (f) => ({ method: "DELETE", path: `/apis/${f.apiId}?confirm=true` })],
  ["an API's metadata", "apps.read", (f) => ({ method: "GET", path: `/apis/${f.apiId}/protected-resource-metadata` })],
  ["an API's apps", "apps.read", (f) => ({ method: "GET", path: `/apis/${f.apiId}/clients` })],
  [
    "approve an app",
    "api-access.approve",
    (f) => ({ method: "PUT", path: `/apis/${f.apiId}/clients/${f.m2mId}`, body: { scopes: [scopeOf(f)] } }),
  ],
  [
    "remove an app's access",
    "api-access.approve",
    (f) => ({ method: "DELETE", path: `/apis/${f.apiId}/clients/${f.m2mId}` }),
  ],
  [
    "move an API out of the team",
    "ownership.transfer",
    (f) => ({ method: "PUT", path: `/apis/${f.apiId}/owner`, body: { user: "me" } }),
  ],
];

// The console's server actions on the same things and on the team itself, with the form fields each
// reads (a fourth entry: the refusal an allowed caller still meets, e.g. a team that owns apps).
const ACTIONS: [string, TeamAction, (f: Fixture) => Record<string, string>, string?][] = [
  ["updateTeamAction", "team.update", (f) => ({ team_id: f.teamId, name: "Matrix", slug: slugs.get(f.teamId)! })],
  ["deleteTeamAction", "team.delete", (f) => ({ team_id: f.teamId, name: "Matrix" }), "CONFLICT"],
  ["updateMemberAction", "members.manage", (f) => ({ team_id: f.teamId, user_id: f.targetId, role: "developer" })],
  ["deleteMemberAction", "members.manage", (f) => ({ team_id: f.teamId, user_id: f.targetId, name: "Matrix" })],
  [
    "createInvitationAction",
    "members.manage",
    (f) => ({ team_id: f.teamId, email: `guest-${randomUUID()}@example.test`, role: "viewer" }),
  ],
  ["deleteInvitationAction", "members.manage", (f) => ({ team_id: f.teamId, invitation_id: f.invitationId })],
  ["createClientAction", "apps.write", (f) => ({ ...WEB_FORM, team_id: f.teamId })],
  ["updateClientAction", "apps.write", (f) => ({ ...WEB_FORM, client_id: f.clientId, client_name: "Renamed" })],
  ["deleteClientAction", "apps.delete", (f) => ({ client_id: f.clientId, client_name: "Team web" })],
  ["createSecretAction", "secrets.manage", (f) => ({ client_id: f.m2mId })],
  ["revokeSecretAction", "secrets.manage", (f) => ({ client_id: f.m2mId, secret_id: f.secretId })],
  ["createApiAction", "apps.write", (f) => ({ ...apiForm(api(randomUUID().slice(0, 8))), team_id: f.teamId })],
  ["updateApiAction", "apps.write", (f) => ({ ...apiForm({ ...apiOf(f), name: "Renamed" }), api_id: f.apiId })],
  ["deleteApiAction", "apps.delete", (f) => ({ api_id: f.apiId, name: "Team API", confirm: "true" })],
  ["updateApiClientAction", "api-access.approve", (f) => ({ api_id: f.apiId, client_id: f.m2mId, scopes: scopeOf(f) })],
  ["deleteApiClientAction", "api-access.approve", (f) => ({ api_id: f.apiId, client_id: f.m2mId })],
  // Settings' "Move to…": out of the team, to the person moving it.
  ["moveClientAction", "ownership.transfer", (f) => ({ client_id: f.clientId, owner: "personal" })],
  ["moveApiAction", "ownership.transfer", (f) => ({ api_id: f.apiId, owner: "personal" })],
];
const WEB_FORM = { client_name: "Team web", application_type: "web", redirect_uris: "https://team.example/cb" };
const apiForm = (body: ReturnType<typeof api>) => ({
  name: body.name,
  identifier: body.identifier,
  scope_value: body.scopes[0]!.value,
  scope_description: body.scopes[0]!.description,
});

const apis = new Map<string, ReturnType<typeof api>>();
const slugs = new Map<string, string>();
const apiOf = (f: Fixture) => apis.get(f.apiId)!;
const scopeOf = (f: Fixture) => apiOf(f).scopes[0]!.value;

describe("a team's apps and APIs, by role", () => {
  const database = useServer();
  const people = {} as Record<Who, Actor & { password: string }>;
  const callers = {} as Record<Who, ReturnType<typeof apiClient>>;
  const cookies = {} as Record<Who, string>;
  let target: Actor;
  let teamId: string;

  /** A team of its own for each operation (a team holds at most NINKA_MAX_APPS_PER_USER apps). */
  async function newTeam() {
    const slug = `matrix-${randomUUID().slice(0, 8)}`;
    teamId = (await createTeam(people.owner, { name: "Matrix", slug })).id;
    slugs.set(teamId, slug);
    await getDb().teamMember.createMany({
      data: (["admin", "developer", "viewer"] as const).map((role) => ({ teamId, userId: people[role].id, role })),
    });
  }

  beforeAll(async () => {
    for (const who of PEOPLE) {
      people[who] = await createDeveloper(who);
      callers[who] = apiClient(
        database.server().url,
        await createPat(people[who], ["clients:read", "clients:write", "apis:read", "apis:write"]),
      );
      cookies[who] = await signInToConsole(database.server().url, people[who]);
    }
    target = await createDeveloper("Target");
  });

  /** Fresh team data for one call: a web app, an m2m app asking for the team's API, a secret. */
  async function fixture(): Promise<Fixture> {
    const tag = randomUUID().slice(0, 8);
    const body = api(tag);
    const apiId = (await createApi(people.owner, { ...body, team_id: teamId })).id;
    apis.set(apiId, body);
    const web = await createClient(people.owner, { ...WEB, team_id: teamId });
    const m2m = await createClient(people.owner, {
      client_name: "Team worker",
      application_type: "m2m",
      scope: body.scopes[0]!.value,
      team_id: teamId,
    });
    const secret = await getDb().clientSecret.findFirstOrThrow({ where: { clientId: m2m.client.client_id } });
    const membership = { teamId, userId: target.id, role: "viewer" };
    await getDb().teamMember.upsert({
      where: { teamId_userId: { teamId, userId: target.id } },
      create: membership,
      update: membership,
    });
    const invitation = await getDb().teamInvitation.create({
      data: {
        id: randomUUID(),
        teamId,
        email: `invited-${randomUUID()}@example.test`,
        role: "viewer",
        digest: randomUUID(),
        expiresAt: new Date(Date.now() + 3_600_000),
      },
    });
    return {
      teamId,
      clientId: web.client.client_id,
      m2mId: m2m.client.client_id,
      secretId: secret.id,
      apiId,
      targetId: target.id,
      invitationId: invitation.id,
    };
  }

  /** What a refused call must leave as it was. */
  const snapshot = async (f: Fixture) => {
    const db = getDb();
    return JSON.stringify([
      await db.client.findMany({ where: { id: { in: [f.clientId, f.m2mId] } }, orderBy: { id: "asc" } }),
      await db.clientSecret.findMany({ where: { clientId: f.m2mId }, orderBy: { id: "asc" } }),
      await db.api.findUnique({ where: { id: f.apiId }, include: { scopes: true } }),
      await db.apiClientApproval.findMany({ where: { clientId: f.m2mId } }),
      await db.client.count({ where: { teamId } }),
      await db.api.count({ where: { teamId } }),
      await db.team.findUnique({ where: { id: teamId } }),
      await db.teamMember.findMany({ where: { teamId }, orderBy: { userId: "asc" } }),
      await db.teamInvitation.findMany({ where: { teamId }, orderBy: { id: "asc" } }),
    ]);
  };

  it.each(OPERATIONS)(
    "%s: as TEAM_ACTIONS says for each role, 404 for a non-member, nothing changed when refused",
    async (_, action, call) => {
      await newTeam();
      for (const who of PEOPLE) {
        const f = await fixture();
        const { method, path, body } = call(f);
        const before = await snapshot(f);
        const answer = await callers[who](method, path, body);
        const allowed = who !== "stranger" && roleAllows(who, action);
        if (allowed) {
          expect(answer.status, `${who} ${method} ${path}: ${JSON.stringify(answer.json)}`).toBeLessThan(300);
          continue;
        }
        if (who === "stranger") expect(answer.status, `${who} ${method} ${path}`).toBe(404);
        else {
          expect(answer.status, `${who} ${method} ${path}`).toBe(403);
          expect(answer.json).toMatchObject({ required_role: TEAM_ACTIONS[action].role });
          expect(answer.json.detail).toContain("Matrix");
        }
        expect(await snapshot(f), `${who} ${method} ${path} changed something`).toBe(before);
      }
    },
  );

  it.each(ACTIONS)(
    "%s: as TEAM_ACTIONS says for each role, NOT_FOUND for a non-member, nothing changed when refused",
    async (name, action, fields, stillRefused) => {
      await newTeam();
      for (const who of PEOPLE) {
        const f = await fixture();
        const before = await snapshot(f);
        const { status, redirected, result } = await postServerAction(
          database.server().url,
          cookies[who],
          name,
          fields(f),
        );
        const allowed = who !== "stranger" && roleAllows(who, action);
        // A deletion that succeeds redirects to the list; every other answer is the typed result.
        if (allowed && stillRefused) {
          expect(result, `${who} ${name}`).toMatchObject({ ok: false, code: stillRefused });
          continue;
        }
        if (allowed) {
          expect(result?.ok ?? !!redirected, `${who} ${name}: ${status} ${JSON.stringify(result)}`).toBe(true);
          continue;
        }
        expect(result, `${who} ${name}`).toMatchObject({
          ok: false,
          code: who === "stranger" ? "NOT_FOUND" : "FORBIDDEN",
        });
        expect(await snapshot(f), `${who} ${name} changed something`).toBe(before);
      }
    },
  );

  it("views name the team as the owner; moving an app out and back keeps its client id and secrets", async () => {
    await newTeam();
    const f = await fixture();
    const got = await callers.viewer("GET", `/clients/${f.m2mId}`);
    expect(got.json.owner).toEqual({ type: "team", id: teamId, name: "Matrix" });
    const out = await callers.owner("PUT", `/clients/${f.m2mId}/owner`, { user: "me" });
    expect(out.json.owner).toEqual({ type: "user", id: people.owner.id, name: people.owner.name });
    expect((await callers.viewer("GET", `/clients/${f.m2mId}`)).status).toBe(404);
    const back = await callers.owner("PUT", `/clients/${f.m2mId}/owner`, { team_id: teamId });
    expect(back.json.owner).toMatchObject({ type: "team", id: teamId });
    expect(await getDb().clientSecret.count({ where: { id: f.secretId } })).toBe(1);
    const events = await callers.owner("GET", `/clients/${f.m2mId}/events?action=app.owner_changed`);
    expect(events.json.events).toHaveLength(4);
    // A team the caller is not in: 404; a body naming neither side: 400.
    const strangerTeam = await createTeam(people.stranger, {
      name: "Other",
      slug: `other-${randomUUID().slice(0, 8)}`,
    });
    expect((await callers.owner("PUT", `/clients/${f.m2mId}/owner`, { team_id: strangerTeam.id })).status).toBe(404);
    expect((await callers.owner("PUT", `/clients/${f.m2mId}/owner`, { team: "x" })).status).toBe(400);
    expect((await callers.owner("PUT", `/clients/${f.m2mId}/owner`, { team_id: "a\u0000b" })).status).toBe(404);
  });
});
