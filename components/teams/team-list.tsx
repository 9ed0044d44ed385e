import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { DetailItem } from "@/components/ui/detail-item";
import { EmptyState } from "@/components/ui/empty-state";
import { ListCard, ListCardItem } from "@/components/ui/list-card";
import type { TeamView } from "@/lib/portal/teams/schemas";
import { ROLE_LABELS } from "./team-roles";

/** The person's teams: name (to the team's apps), their role, the slug, since when. */
export function TeamList({ teams }: { teams: TeamView[] }) {
  return (
    <ListCard
      label="Your teams"
      empty={
        <EmptyState
          title="No teams yet"
          action={
            <Link href="/console/teams/new" className={buttonClass("primary")}>
              Create team
            </Link>
          }
        >
          A team owns apps and APIs together: invite colleagues with a role each, and the apps stay when someone leaves.
          Invitations to other teams arrive by email.
        </EmptyState>
      }
    >
      {teams.map((team) => (
        <ListCardItem
          key={team.id}
          label={team.name}
          heading={
            <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1">
              <Link
                href={`/console/teams/${encodeURIComponent(team.id)}`}
                className="min-w-0 truncate font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100"
              >
                {team.name}
              </Link>
              <Badge tone={team.role === "owner" ? "brand" : "neutral"}>{ROLE_LABELS[team.role]}</Badge>
            </div>
          }
          detailsClassName="grid-cols-2 sm:grid-cols-[minmax(0,2fr)_1fr]"
        >
          <DetailItem label="Slug">
            <code className="block truncate font-mono">{team.slug}</code>
          </DetailItem>
          <DetailItem label="Created">
            <DateTime value={new Date(team.created_at)} />
          </DetailItem>
        </ListCardItem>
      ))}
    </ListCard>
  );
}
