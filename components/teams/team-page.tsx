import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { PageLayout } from "@/components/ui/page-layout";
import type { TeamView } from "@/lib/portal/teams/schemas";
import { TeamTabs, type TeamTab } from "./team-tabs";
import { ROLE_LABELS } from "./team-roles";

type Props = {
  team: TeamView;
  tab: TeamTab;
  /** The tab's main action (Register app, Register API), when the member's role allows it. */
  action?: { href: string; label: string } | false;
  children: ReactNode;
};

/** Every page of a team: its name, the member's role, the tabs, then the tab itself. */
export function TeamPage({ team, tab, action, children }: Props) {
  return (
    <PageLayout
      title={team.name}
      back={{ href: "/console/teams", label: "Teams" }}
      aside={<Badge tone={team.role === "owner" ? "brand" : "neutral"}>{`You: ${ROLE_LABELS[team.role]}`}</Badge>}
      description={
        <>
          <code className="font-mono text-sm">{team.slug}</code>
          {team.homepage_uri && (
            <>
              {" · "}
              <a
                href={team.homepage_uri}
                className="break-all text-brand-700 underline underline-offset-2 dark:text-brand-100"
                rel="noopener noreferrer"
              >
                {team.homepage_uri}
              </a>
            </>
          )}
        </>
      }
      actionLink={action}
    >
      <TeamTabs teamId={team.id} current={tab} />
      {children}
    </PageLayout>
  );
}
