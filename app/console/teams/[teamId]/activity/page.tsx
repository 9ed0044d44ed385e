import type { Metadata } from "next";
import { EventList } from "@/components/audit/event-list";
import { TeamPage } from "@/components/teams/team-page";
import { Card } from "@/components/ui/card";
import { requireTeam } from "@/lib/delivery/console-session/require-team";
import { listTeamEvents } from "@/lib/portal/teams/list-team-events";

export const metadata: Metadata = { title: "Team activity" };

type Props = { params: Promise<{ teamId: string }>; searchParams: Promise<{ cursor?: string }> };

// The team's feed (ARCHITECTURE.md "Audit log"): its members, invitations, settings and what it owns.
export default async function TeamActivityPage({ params, searchParams }: Props) {
  const { teamId } = await params;
  const { cursor } = await searchParams;
  const { actor, team } = await requireTeam(teamId, "/activity");
  const { events, next_cursor } = await listTeamEvents(actor, team.id, { limit: 25, cursor });
  const path = `/console/teams/${encodeURIComponent(team.id)}/activity`;
  return (
    <TeamPage team={team} tab="activity">
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-semibold">Activity</h2>
        <EventList
          label="Team activity"
          events={events}
          olderHref={next_cursor && `${path}?cursor=${encodeURIComponent(next_cursor)}`}
          emptyText="Changes to the team, its members and invitations, and to its apps and APIs appear here."
          showApp
        />
      </Card>
    </TeamPage>
  );
}
