import { TEAM_ACTIONS, TEAM_ROLES, type TeamAction, type TeamRole } from "@/lib/kernel/actors/team-permissions";

// How the console words the roles of a team. What each may do is read from the one table
// (lib/kernel/actors/team-permissions.ts), never restated here.
export const ROLE_LABELS: Record<TeamRole, string> = {
  viewer: "Viewer",
  developer: "Developer",
  admin: "Admin",
  owner: "Owner",
};

const PLURALS: Record<TeamRole, string> = {
  viewer: "Viewers",
  developer: "Developers",
  admin: "Admins",
  owner: "Owners",
};

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** What a role adds to the one below it, from the table: "Delete apps and APIs; …". */
export function roleAdds(role: TeamRole): string {
  const added = (Object.values(TEAM_ACTIONS) as { role: TeamRole; label: string }[])
    .filter((entry) => entry.role === role)
    .map((entry) => lowerFirst(entry.label));
  const below = TEAM_ROLES[TEAM_ROLES.indexOf(role) - 1];
  if (!below) return `May ${added.join("; ")}.`;
  return `Everything ${/^[aeiou]/.test(below) ? "an" : "a"} ${below} may do, and: ${added.join("; ")}.`;
}

/** Why a control is missing: "Viewers of Acme cannot see, add and revoke client secrets; that needs the developer role." */
export const refusalSentence = (role: TeamRole, team: string, action: TeamAction) =>
  `${PLURALS[role]} of ${team} cannot ${lowerFirst(TEAM_ACTIONS[action].label)}; that needs the ${TEAM_ACTIONS[action].role} role.`;

/** The roles as <select> options (the invite form, role changes). */
export const roleOptions = (roles: readonly TeamRole[] = TEAM_ROLES) =>
  roles.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
