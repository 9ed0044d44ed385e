import type { TeamRole } from "@/lib/kernel/actors/team-permissions";
import type { InvitationView, MemberView, TeamInput, TeamView } from "./schemas";

type TeamRow = {
  id: string;
  name: string;
  slug: string;
  logoUri: string | null;
  homepageUri: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/** A team as the actor sees it, with their role in it. */
export const toTeamView = (row: TeamRow, role: TeamRole): TeamView => ({
  id: row.id,
  name: row.name,
  slug: row.slug,
  logo_uri: row.logoUri,
  homepage_uri: row.homepageUri,
  role,
  created_at: row.createdAt.toISOString(),
  updated_at: row.updatedAt.toISOString(),
});

/** The columns a validated input sets (absent URLs clear them). */
export const toTeamColumns = (input: TeamInput) => ({
  name: input.name,
  slug: input.slug,
  logoUri: input.logo_uri ?? null,
  homepageUri: input.homepage_uri ?? null,
});

export const toMemberView = (row: {
  role: string;
  createdAt: Date;
  user: { id: string; name: string; email: string };
}): MemberView => ({
  id: row.user.id,
  name: row.user.name,
  email: row.user.email,
  role: row.role as TeamRole,
  joined_at: row.createdAt.toISOString(),
});

export const toInvitationView = (
  row: { id: string; teamId: string; email: string; role: string; createdAt: Date; expiresAt: Date },
  invitedBy: { name: string; email: string } | null,
): InvitationView => ({
  id: row.id,
  team_id: row.teamId,
  email: row.email,
  role: row.role as TeamRole,
  invited_by: invitedBy,
  created_at: row.createdAt.toISOString(),
  expires_at: row.expiresAt.toISOString(),
});
