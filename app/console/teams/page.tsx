import type { Metadata } from "next";
import { TeamList } from "@/components/teams/team-list";
import { OlderPageLink } from "@/components/ui/older-page-link";
import { PageLayout } from "@/components/ui/page-layout";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { listTeams } from "@/lib/portal/teams/list-teams";

export const metadata: Metadata = { title: "Teams" };

type Props = { searchParams: Promise<{ cursor?: string }> };

// The teams the person is in, with their role in each (ARCHITECTURE.md "Teams").
export default async function TeamsPage({ searchParams }: Props) {
  const actor = await requireSessionActor("/console/teams");
  const { cursor } = await searchParams;
  const { teams, next_cursor } = await listTeams(actor, { limit: 50, cursor });
  return (
    <PageLayout
      title="Teams"
      description="Apps and APIs a team owns belong to all its members, each with a role; they stay when someone leaves."
      actionLink={teams.length > 0 && { href: "/console/teams/new", label: "Create team" }}
    >
      <TeamList teams={teams} />
      <OlderPageLink path="/console/teams" cursor={next_cursor}>
        Older teams
      </OlderPageLink>
    </PageLayout>
  );
}
