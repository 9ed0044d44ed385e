// Who may do what in a team (ARCHITECTURE.md "Teams"): the one table of actions × roles. Domain
// functions, the console (what is shown or disabled), REST, OpenAPI and the docs all read it.
// Roles are ordered, lowest first; an action names the lowest role that may take it.

export const TEAM_ROLES = ["viewer", "developer", "admin", "owner"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const TEAM_ACTIONS = {
  "apps.read": { role: "viewer", label: "See the team's apps and APIs, their usage and activity" },
  "apps.write": {
    role: "developer",
    label: "Create and edit apps and APIs, manage redirect URIs, submit apps for review",
  },
  "secrets.manage": { role: "developer", label: "See, add and revoke client secrets" },
  "apps.delete": { role: "admin", label: "Delete apps and APIs" },
  "api-access.approve": { role: "admin", label: "Approve machine-to-machine access to the team's APIs" },
  "members.manage": { role: "admin", label: "Invite members, change and remove members below owner" },
  "team.update": { role: "admin", label: "Change the team's name, slug, logo and homepage" },
  "owners.manage": { role: "owner", label: "Make and remove owners" },
  "ownership.transfer": { role: "owner", label: "Move apps and APIs into and out of the team" },
  "team.delete": { role: "owner", label: "Delete the team" },
} as const satisfies Record<string, { role: TeamRole; label: string }>;
export type TeamAction = keyof typeof TEAM_ACTIONS;

const rank = (role: TeamRole) => TEAM_ROLES.indexOf(role);

export const isTeamRole = (value: unknown): value is TeamRole => TEAM_ROLES.includes(value as TeamRole);

/** Whether `role` may take `action`. No role (not a member) may take none. */
export function roleAllows(role: TeamRole | null, action: TeamAction): boolean {
  return role !== null && rank(role) >= rank(TEAM_ACTIONS[action].role);
}

/** The roles that may take `action`, lowest first (for queries and the docs' matrix). */
export const rolesAllowed = (action: TeamAction): TeamRole[] => TEAM_ROLES.filter((role) => roleAllows(role, action));

/** Whether a member of `role` may give or take away `target` (an owner only by owners). */
export const mayManageRole = (role: TeamRole | null, target: TeamRole): boolean =>
  roleAllows(role, target === "owner" ? "owners.manage" : "members.manage");

/** What a person may do with an app or API, for the console to show only the controls allowed. */
export type OwnerRights = {
  /** Their role: "owner" for their own app or API. */
  role: TeamRole;
  /** The owning team, when a team owns it. */
  team: { id: string; name: string } | null;
  /** What they may do with it, from the table above. */
  can: Record<TeamAction, boolean>;
};

/** Every action with whether `role` may take it: what the console shows or hides for that role. */
export const teamRights = (role: TeamRole | null): Record<TeamAction, boolean> =>
  Object.fromEntries(
    (Object.keys(TEAM_ACTIONS) as TeamAction[]).map((action) => [action, roleAllows(role, action)]),
  ) as Record<TeamAction, boolean>;
