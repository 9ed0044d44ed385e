import { auditEventListSchema, listEventsQuerySchema } from "@/lib/kernel/audit/schemas";
import type { TeamAction } from "@/lib/kernel/actors/team-permissions";
import {
  acceptInvitationSchema,
  invitationInputSchema,
  invitationListSchema,
  invitationViewSchema,
  listTeamsQuerySchema,
  memberListSchema,
  memberViewSchema,
  teamInputSchema,
  teamListSchema,
  teamViewSchema,
  updateMemberSchema,
} from "@/lib/portal/teams/schemas";
import type { z } from "zod";
import { fillPath, type ApiOperation } from "./api-operation";

// The teams' REST operations (ARCHITECTURE.md "Teams"), part of API_OPERATIONS
// (lib/delivery/http/api-operations.ts). Each names its action in the one table of team rights, from
// which OpenAPI states the role it needs; a team the caller is not in is 404.
const TEAMS = "/teams";
const TEAM = "/teams/{teamId}";
const MEMBER = "/teams/{teamId}/members/{userId}";
const INVITATIONS = "/teams/{teamId}/invitations";
const INVITATION = "/teams/{teamId}/invitations/{invitationId}";

const noTeam = { 404: "No such team among yours" };
const lastOwner = { 409: "The team would be left without an owner" };
const slugTaken = { 409: "The slug is taken by another team (`errors.slug`)" };

/** One operation on a team the caller is a member of, taking `action` of the table of team rights. */
const onTeam = <P extends string, M extends ApiOperation["method"]>(
  method: M,
  path: P,
  teamAction: TeamAction,
  summary: string,
  success: ApiOperation["success"],
  more: { body?: z.ZodType; query?: z.ZodObject; problems?: Record<number, string> } = {},
) =>
  ({
    method,
    path,
    scope: method === "get" ? "teams:read" : "teams:write",
    summary,
    teamAction,
    ...(more.query && { query: more.query }),
    ...(more.body && { body: { schema: more.body } }),
    success,
    problems: { ...noTeam, ...more.problems },
  }) as const;

export const TEAM_OPERATIONS = {
  listTeams: {
    method: "get",
    path: TEAMS,
    scope: "teams:read",
    summary: "List the teams you are a member of, newest first, with your role in each",
    query: listTeamsQuerySchema,
    success: { status: 200, description: "A page of teams", schema: teamListSchema },
    problems: { 400: "Invalid limit or cursor" },
  },
  createTeam: {
    method: "post",
    path: TEAMS,
    scope: "teams:write",
    summary: "Create a team; you become its owner",
    body: { schema: teamInputSchema },
    success: { status: 201, description: "Created", schema: teamViewSchema },
    location: (created: { id: string }) => fillPath(TEAM, { teamId: created.id }),
    problems: { 403: "The token lacks the scope, or your email address is not verified yet", ...slugTaken },
  },
  acceptTeamInvitation: {
    method: "post",
    path: `${TEAMS}/join`,
    scope: "teams:write",
    summary: "Join a team with the token of an invitation mailed to your address, which must be verified",
    body: { schema: acceptInvitationSchema },
    success: { status: 200, description: "The team you joined, with your role", schema: teamViewSchema },
    problems: {
      403: "The token lacks the scope, or the invitation is for another address, or yours is not verified",
      404: "The link was used, revoked, replaced or never existed",
      409: "The invitation expired, or you are already a member",
    },
  },
  getTeam: onTeam("get", TEAM, "apps.read", "Get a team", {
    status: 200,
    description: "The team",
    schema: teamViewSchema,
  }),
  updateTeam: onTeam(
    "put",
    TEAM,
    "team.update",
    "Replace a team's name, slug, logo and homepage",
    { status: 200, description: "The updated team", schema: teamViewSchema },
    { body: teamInputSchema, problems: slugTaken },
  ),
  deleteTeam: onTeam(
    "delete",
    TEAM,
    "team.delete",
    "Delete a team with its memberships and invitations",
    { status: 204, description: "Deleted" },
    {
      problems: { 409: "The team owns apps or APIs: `team_apps` and `team_apis` list them; move or delete them first" },
    },
  ),
  listTeamMembers: onTeam("get", `${TEAM}/members`, "apps.read", "List a team's members and their roles", {
    status: 200,
    description: "The members, earliest first",
    schema: memberListSchema,
  }),
  updateTeamMember: onTeam(
    "put",
    MEMBER,
    "members.manage",
    "Change a member's role (making or unmaking an owner needs the owner role)",
    { status: 200, description: "The member with the new role", schema: memberViewSchema },
    { body: updateMemberSchema, problems: { 404: "No such team among yours, or no such member", ...lastOwner } },
  ),
  deleteTeamMember: onTeam(
    "delete",
    MEMBER,
    "members.manage",
    "Remove a member (an owner needs the owner role); `me` or your own id leaves the team, whatever your role",
    { status: 204, description: "Removed" },
    { problems: { 404: "No such team among yours, or no such member", ...lastOwner } },
  ),
  listTeamInvitations: onTeam("get", INVITATIONS, "members.manage", "List a team's pending invitations", {
    status: 200,
    description: "Unused, unexpired invitations, newest first",
    schema: invitationListSchema,
  }),
  createTeamInvitation: {
    ...onTeam(
      "post",
      INVITATIONS,
      "members.manage",
      "Invite someone by email to join with a role (an owner needs the owner role); replaces a pending invitation to the same address",
      { status: 201, description: "Invited; the link went by mail and is never shown", schema: invitationViewSchema },
      {
        body: invitationInputSchema,
        problems: {
          409: "The address is a member already, or too many invitations are pending",
          503: "The mail could not be sent",
        },
      },
    ),
    location: (created: { id: string; team_id: string }) =>
      fillPath(INVITATION, { teamId: created.team_id, invitationId: created.id }),
  },
  deleteTeamInvitation: onTeam(
    "delete",
    INVITATION,
    "members.manage",
    "Revoke a pending invitation (an owner's needs the owner role)",
    { status: 204, description: "Revoked" },
    { problems: { 404: "No such team among yours, or no such pending invitation" } },
  ),
  listTeamEvents: onTeam(
    "get",
    `${TEAM}/events`,
    "apps.read",
    "A team's activity (audit events), newest first: changes to the team, its members, invitations, apps and APIs",
    { status: 200, description: "A page of events", schema: auditEventListSchema },
    { query: listEventsQuerySchema, problems: { 400: "Invalid limit, cursor or action" } },
  ),
} as const satisfies Record<string, ApiOperation>;

// The OpenAPI component names of the teams' schemas.
export const TEAM_OUTPUT_NAMES: [z.ZodType, string][] = [
  [teamViewSchema, "Team"],
  [teamListSchema, "TeamList"],
  [memberViewSchema, "TeamMember"],
  [memberListSchema, "TeamMemberList"],
  [invitationViewSchema, "TeamInvitation"],
  [invitationListSchema, "TeamInvitationList"],
];
export const TEAM_INPUT_NAMES: [z.ZodType, string][] = [
  [teamInputSchema, "TeamInput"],
  [updateMemberSchema, "TeamMemberInput"],
  [invitationInputSchema, "TeamInvitationInput"],
  [acceptInvitationSchema, "AcceptTeamInvitationInput"],
];
