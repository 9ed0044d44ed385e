import Link from "next/link";
import type { ReactNode } from "react";
import { AdminRecentActivity, type AdminEvents } from "./admin-recent-activity";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { DetailItem } from "@/components/ui/detail-item";
import { EmptyState } from "@/components/ui/empty-state";
import { PageLayout } from "@/components/ui/page-layout";
import type { getAdminTeam } from "@/lib/portal/admin/get-admin-team";
import { APPLICATION_TYPES, type ApplicationType } from "@/lib/portal/clients/application-types";
import { MakeTeamOwnerForm } from "./make-team-owner-form";
import { adminLinkClass } from "./registered-link";

type Team = Awaited<ReturnType<typeof getAdminTeam>>;
type Events = AdminEvents;

const listClass =
  "flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm shadow-sm dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900";
const muted = "text-slate-600 dark:text-slate-400";

/** A section of the team's page: its heading, then its list or, with nothing in it, an empty state. */
function Section({
  id,
  title,
  empty,
  children,
}: {
  id: string;
  title: string;
  empty: ReactNode;
  children: ReactNode[];
}) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children.length ? (
        <ul aria-label={title} className={listClass}>
          {children}
        </ul>
      ) : (
        empty
      )}
    </section>
  );
}

/**
 * /admin/teams/[teamId]: a team as an administrator sees it — who is in it with which role, what
 * it owns, its latest activity — and "Make an owner" for a team whose owners are gone.
 */
export function AdminTeamDetail({ team, events, moreHref }: { team: Team; events: Events; moreHref: string | null }) {
  return (
    <PageLayout
      title={team.name}
      description={<span className="break-all font-mono text-sm">{team.slug}</span>}
      back={{ href: "/admin/teams", label: "Teams" }}
    >
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-semibold">Overview</h2>
        <dl className="grid grid-cols-2 gap-x-6 gap-y-3 text-sm sm:grid-cols-3">
          <DetailItem label="Team ID" className="col-span-2 sm:col-span-1">
            <code className="break-all">{team.id}</code>
          </DetailItem>
          <DetailItem label="Created">
            <DateTime value={team.createdAt} />
          </DetailItem>
          <DetailItem label="Pending invitations">{team.pendingInvitations}</DetailItem>
          <DetailItem label="Homepage" className="col-span-2 sm:col-span-3">
            {team.homepageUri ? (
              <a href={team.homepageUri} target="_blank" rel="noreferrer noopener" className={adminLinkClass}>
                {team.homepageUri}
              </a>
            ) : (
              "Not given"
            )}
          </DetailItem>
        </dl>
      </Card>
      <Section
        id="members-heading"
        title="Members"
        empty={<EmptyState title="No members">Nobody is in this team.</EmptyState>}
      >
        {team.members.map((member) => (
          <li key={member.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
            <div className="min-w-0">
              <Link href={`/admin/users/${encodeURIComponent(member.id)}`} className={`font-medium ${adminLinkClass}`}>
                {member.name}
              </Link>
              <span className={`block truncate ${muted}`} title={member.email}>
                {member.email}
              </span>
            </div>
            <Badge tone={member.role === "owner" ? "brand" : "neutral"}>{member.role}</Badge>
          </li>
        ))}
      </Section>
      <Card className="flex flex-col gap-3">
        <div>
          <h2 className="text-lg font-semibold">Make an owner</h2>
          <p className={`mt-1 text-sm ${muted}`}>
            For a team whose owners are gone: the account becomes an owner, joining the team if it is not in it. The
            other members keep their roles, and the team&rsquo;s activity shows that an administrator did it.
          </p>
        </div>
        <MakeTeamOwnerForm teamId={team.id} name={team.name} />
      </Card>
      <Section
        id="apps-heading"
        title="Apps"
        empty={<EmptyState title="No apps">Apps the team owns appear here.</EmptyState>}
      >
        {team.apps.map((app) => (
          <li key={app.id} className="flex flex-wrap items-center gap-2 p-4">
            <Link href={`/admin/apps/${encodeURIComponent(app.id)}`} className={`font-medium ${adminLinkClass}`}>
              {app.name}
            </Link>
            <span className={muted}>
              {APPLICATION_TYPES[app.applicationType as ApplicationType]?.label ?? app.applicationType}
            </span>
            {app.suspendedAt && <Badge tone="danger">Suspended</Badge>}
          </li>
        ))}
      </Section>
      <Section
        id="apis-heading"
        title="APIs"
        empty={<EmptyState title="No APIs">APIs the team owns appear here.</EmptyState>}
      >
        {team.apis.map((api) => (
          <li key={api.id} className="flex flex-col gap-0.5 p-4">
            <span className="font-medium break-words">{api.name}</span>
            <code className={`break-all text-xs ${muted}`}>{api.identifier}</code>
          </li>
        ))}
      </Section>
      <AdminRecentActivity
        title="Recent activity"
        events={events}
        moreHref={moreHref}
        emptyText="Changes to the team, its members and invitations, and to what it owns appear here."
        showApp
      />
    </PageLayout>
  );
}
