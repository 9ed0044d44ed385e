import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminTeamDetail } from "@/components/admin/admin-team-detail";
import { requireAdminActor } from "@/lib/delivery/console-session/session-user";
import { isDomainError } from "@/lib/kernel/errors";
import { getAdminTeam } from "@/lib/portal/admin/get-admin-team";
import { listInstanceEvents } from "@/lib/portal/admin/list-instance-events";

export const metadata: Metadata = { title: "Team · Administration" };

const RECENT = 10;
const orNotFound = (error: unknown): never => {
  if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
  throw error;
};

export default async function AdminTeamPage({ params }: { params: Promise<{ teamId: string }> }) {
  const actor = await requireAdminActor(); // layouts do not guard a page rendered on its own
  const { teamId } = await params;
  const team = await getAdminTeam(actor, teamId).catch(orNotFound);
  const activity = await listInstanceEvents(actor, { team: team.id, limit: RECENT });
  const more = activity.next_cursor ? `/admin/audit?${new URLSearchParams({ team: team.id })}` : null;
  return <AdminTeamDetail team={team} events={activity.events} moreHref={more} />;
}
