import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { roleAllows, TEAM_ACTIONS, TEAM_ROLES, type TeamAction } from "@/lib/kernel/actors/team-permissions";
import { getDb } from "@/lib/kernel/db/client";
import { API_OPERATIONS, type ApiOperationId } from "@/lib/delivery/http/api-operations";
import { fillPath } from "@/lib/delivery/http/api-operation";
import { makeTeam, teamDeveloper, teamState } from "./support/team-fixtures";
import { useServer, type TestServer } from "./support/use-server";

// The acceptance matrix of ARCHITECTURE.md "Teams": every REST operation on a team × {owner, admin,
// developer, viewer, non-member}, on both databases. What is allowed is read from the one table
// (each operation's entry names its action); a member refused gets 403 naming the role needed, a
// non-member 404, and a refused request changes nothing: not the team, its members, its
// invitations or its feed.
type Caller = (typeof TEAM_ROLES)[number] | "non-member";
const CALLERS: Caller[] = [...TEAM_ROLES, "non-member"];

describe("team role matrix over REST", () => {
  const database = useServer();
  let server: TestServer;
  let people: Record<Caller | "extra", Awaited<ReturnType<typeof teamDeveloper>>>;
  beforeAll(async () => {
    server = database.server();
    const names = [...CALLERS, "extra"] as const;
    const made = await Promise.all(names.map((name) => teamDeveloper(name)));
    people = Object.fromEntries(names.map((name, i) => [name, made[i]!])) as typeof people;
  });

  /** A fresh team with one member of each role, a further viewer and a pending viewer invitation. */
  async function freshTeam() {
    const team = await makeTeam({
      [people.owner.id]: "owner",
      [people.admin.id]: "admin",
      [people.developer.id]: "developer",
      [people.viewer.id]: "viewer",
      [people.extra.id]: "viewer",
    });
    const invitationId = randomUUID();
    await getDb().teamInvitation.create({
      data: {
        id: invitationId,
        teamId: team.id,
        email: `invited-${invitationId}@example.test`,
        role: "viewer",
        digest: randomUUID(),
        expiresAt: new Date(Date.now() + 3_600_000),
      },
    });
    return { ...team, invitationId };
  }

  // What each operation is called with: another member (`extra`) as the target, valid bodies.
  const REQUESTS: Partial<Record<ApiOperationId, (team: Awaited<ReturnType<typeof freshTeam>>) => unknown>> = {
    getTeam: () => undefined,
    updateTeam: () => ({ name: "Renamed", slug: `renamed-${randomUUID().slice(0, 8)}` }),
    deleteTeam: () => undefined,
    listTeamMembers: () => undefined,
    updateTeamMember: () => ({ role: "developer" }),
    deleteTeamMember: () => undefined,
    listTeamInvitations: () => undefined,
    createTeamInvitation: () => ({ email: `new-${randomUUID()}@example.test`, role: "viewer" }),
    deleteTeamInvitation: () => undefined,
    listTeamEvents: () => undefined,
  };
  // The operations on a team itself; those on what a team owns are tests/integration/team-roles.test.ts's.
  const teamOperations = (Object.keys(API_OPERATIONS) as ApiOperationId[]).filter(
    (id) => "teamAction" in API_OPERATIONS[id] && API_OPERATIONS[id].path.startsWith("/teams"),
  );

  it("covers every team operation", () => {
    expect(Object.keys(REQUESTS).sort()).toEqual([...teamOperations].sort());
  });

  it.each(teamOperations)("%s: allowed where the table says, else 403 naming the role (members) or 404", async (id) => {
    const operation = API_OPERATIONS[id] as (typeof API_OPERATIONS)[ApiOperationId] & { teamAction: TeamAction };
    const needed = TEAM_ACTIONS[operation.teamAction].role;
    for (const caller of CALLERS) {
      const team = await freshTeam();
      const path = fillPath(operation.path, {
        teamId: team.id,
        userId: people.extra.id,
        invitationId: team.invitationId,
      });
      const before = await teamState(team.id);
      const answer = await people[caller].call(server.url)(operation.method.toUpperCase(), path, REQUESTS[id]!(team));
      const allowed = caller !== "non-member" && roleAllows(caller, operation.teamAction);
      const expected = allowed ? operation.success.status : caller === "non-member" ? 404 : 403;
      expect([id, caller, answer.status]).toEqual([id, caller, expected]);
      if (allowed) continue;
      if (expected === 403) expect(answer.json.required_role).toBe(needed);
      expect(await teamState(team.id)).toEqual(before);
    }
  });
});
