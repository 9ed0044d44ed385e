import { randomUUID } from "node:crypto";
import type { TeamRole } from "@/lib/kernel/actors/team-permissions";
import { getDb } from "@/lib/kernel/db/client";
import { apiClient, createDeveloper, createPat } from "./api-fixtures";

// Teams made in-process on the test database for HTTP tests of /teams (ARCHITECTURE.md "Teams").
export const TEAM_SCOPES = ["teams:read", "teams:write"] as const;

/** A verified developer with a personal access token for /teams, and a client calling with it. */
export async function teamDeveloper(name: string) {
  const user = await createDeveloper(name);
  const token = await createPat(user, [...TEAM_SCOPES, "clients:read", "clients:write"]);
  return { ...user, token, call: (baseUrl: string) => apiClient(baseUrl, token) };
}

/** A team with the given members (user id → role), written directly; its slug is unique. */
export async function makeTeam(members: Record<string, TeamRole>, name = "Fixture team") {
  const id = randomUUID();
  const slug = `team-${id.slice(0, 8)}`;
  await getDb().team.create({
    data: {
      id,
      name,
      slug,
      members: { create: Object.entries(members).map(([userId, role]) => ({ userId, role })) },
    },
  });
  return { id, slug, name };
}

/** Everything a refused request must leave as it was: the team row, its members, its invitations, its feed. */
export async function teamState(teamId: string) {
  const db = getDb();
  return {
    team: await db.team.findUnique({ where: { id: teamId } }),
    members: await db.teamMember.findMany({ where: { teamId }, orderBy: { userId: "asc" } }),
    invitations: await db.teamInvitation.findMany({ where: { teamId }, orderBy: { id: "asc" } }),
    events: await db.auditEvent.count({ where: { teamId } }),
  };
}

/** The token of the newest invitation link mailed to `email`, from a server's log (no SMTP: the log is the mailbox). */
export function invitationTokenIn(logs: string, email: string): string {
  const mails = logs
    .split("\n")
    .filter((line) => line.includes(email) && line.includes("/console/teams/join?token="))
    .map((line) => JSON.parse(line) as { to: string; body: string })
    .filter((mail) => mail.to === email);
  const body = mails.at(-1)?.body;
  if (!body) throw new Error(`No invitation mailed to ${email}`);
  return new URL(body.match(/https?:\/\/\S+\/console\/teams\/join\?token=\S+/)![0]).searchParams.get("token")!;
}
