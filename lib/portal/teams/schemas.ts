import { z } from "zod";
import { emailSchema } from "@/lib/accounts/users/schemas";
import { TEAM_ROLES } from "@/lib/kernel/actors/team-permissions";
import { httpsUrl } from "@/lib/kernel/validation/https-url";
import { pageQuerySchema } from "@/lib/kernel/validation/page-cursor";
import { plainText } from "@/lib/kernel/validation/plain-text";

// One schema per input and view of a team, shared by the console's forms, the server actions, the
// REST routes and the OpenAPI document (ARCHITECTURE.md "Teams").
export const MAX_TEAM_NAME = 100;
export const MAX_TEAM_SLUG = 40;
const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

const roleSchema = z.enum(TEAM_ROLES, { error: `must be one of ${TEAM_ROLES.join(", ")}` });

export const teamInputSchema = z.object({
  name: plainText({ error: "is required" })
    .trim()
    .min(1, { error: "is required" })
    .max(MAX_TEAM_NAME, { error: `must be at most ${MAX_TEAM_NAME} characters` }),
  slug: plainText({ error: "is required" })
    .trim()
    .min(1, { error: "is required", abort: true })
    .max(MAX_TEAM_SLUG, { error: `must be at most ${MAX_TEAM_SLUG} characters` })
    .regex(SLUG_PATTERN, {
      error: "must be lowercase letters, digits and hyphens, starting and ending with a letter or digit",
    })
    .describe("Unique across Ninka: lowercase letters, digits and hyphens"),
  logo_uri: httpsUrl().optional().describe("Shown on consent screens beside the team's name"),
  homepage_uri: httpsUrl().optional().describe("Shown on consent screens: Developed by <team>"),
});
export type TeamInput = z.output<typeof teamInputSchema>;

export const listTeamsQuerySchema = pageQuerySchema("Teams");

export const teamViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  logo_uri: z.string().nullable(),
  homepage_uri: z.string().nullable(),
  role: roleSchema.describe("Your role in the team"),
  created_at: z.string(),
  updated_at: z.string(),
});
export type TeamView = z.infer<typeof teamViewSchema>;
export const teamListSchema = z.object({ teams: z.array(teamViewSchema), next_cursor: z.string().nullable() });

export const memberViewSchema = z.object({
  id: z.string().describe("The member's user id"),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  joined_at: z.string(),
});
export type MemberView = z.infer<typeof memberViewSchema>;
export const memberListSchema = z.object({ members: z.array(memberViewSchema) });

export const updateMemberSchema = z.object({ role: roleSchema });

export const invitationInputSchema = z.object({
  email: emailSchema.describe("Who is invited; they accept signed in with this address, verified"),
  role: roleSchema.describe("The role they get on accepting"),
});

export const invitationViewSchema = z.object({
  id: z.string(),
  team_id: z.string(),
  email: z.string(),
  role: roleSchema,
  invited_by: z.object({ name: z.string(), email: z.string() }).nullable(),
  created_at: z.string(),
  expires_at: z.string(),
});
export type InvitationView = z.infer<typeof invitationViewSchema>;
export const invitationListSchema = z.object({ invitations: z.array(invitationViewSchema) });

export const acceptInvitationSchema = z.object({
  token: plainText({ error: "is required" }).max(200).describe("The token of the mailed link (?token=…)"),
});

/** What the join page shows a person holding an invitation link, before they accept. */
export type InvitationPreview = {
  team: { name: string; slug: string; logo_uri: string | null };
  role: z.infer<typeof roleSchema>;
  invited_by: string | null;
  email: string;
  expires_at: string;
  expired: boolean;
};
