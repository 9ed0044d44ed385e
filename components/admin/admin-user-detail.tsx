import Link from "next/link";
import { ActivityHeading } from "@/components/audit/activity-heading";
import { EventList } from "@/components/audit/event-list";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { DetailItem } from "@/components/ui/detail-item";
import { EmptyState } from "@/components/ui/empty-state";
import { PageLayout } from "@/components/ui/page-layout";
import type { getAdminUser } from "@/lib/portal/admin/get-admin-user";
import type { listInstanceEvents } from "@/lib/portal/admin/list-instance-events";
import { APPLICATION_TYPES, type ApplicationType } from "@/lib/portal/clients/application-types";
import { REVIEW_STATES } from "@/lib/portal/reviews/review-states";
import { AdminUserTeams } from "./admin-user-teams";
import { UserAccessButtons } from "./user-access-buttons";

type User = Awaited<ReturnType<typeof getAdminUser>>;
type Events = Awaited<ReturnType<typeof listInstanceEvents>>["events"];

const linkClass = "break-words text-brand-700 underline underline-offset-2 dark:text-brand-100";
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * /admin/users/[userId]: one account as an administrator sees it — who, how they sign in, their
 * apps and the latest events about them — with Make admin / Remove admin and Disable / Enable.
 */
export function AdminUserDetail({
  user,
  selfId,
  events,
  hasMore,
}: {
  user: User;
  selfId: string;
  events: Events;
  hasMore: boolean;
}) {
  return (
    <PageLayout
      title={user.name}
      description={<span className="break-all">{user.email}</span>}
      back={{ href: "/admin/users", label: "Users" }}
      aside={
        <>
          {user.id === selfId && <Badge tone="neutral">You</Badge>}
          {user.isAdmin && <Badge tone="brand">Admin</Badge>}
          {user.disabledAt && <Badge tone="danger">Disabled</Badge>}
          {!user.emailVerifiedAt && <Badge tone="warning">Unverified</Badge>}
        </>
      }
      action={
        <div className="flex flex-wrap gap-2">
          <UserAccessButtons user={user} selfId={selfId} withAdminRole />
        </div>
      }
    >
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-semibold">Account</h2>
        <dl className="grid grid-cols-2 gap-x-6 gap-y-3 text-sm sm:grid-cols-3">
          <DetailItem label="Created">
            <DateTime value={user.createdAt} />
          </DetailItem>
          <DetailItem label="Email verified">
            {user.emailVerifiedAt ? <DateTime value={user.emailVerifiedAt} /> : "Not yet"}
          </DetailItem>
          <DetailItem label="Administrator">{user.isAdmin ? "Yes" : "No"}</DetailItem>
          <DetailItem label="Status">
            {user.disabledAt ? (
              <>
                Disabled <DateTime value={user.disabledAt} />
              </>
            ) : (
              "Can sign in"
            )}
          </DetailItem>
          <DetailItem label="Two-step sign-in">{user.twoStep ? "On" : "Off"}</DetailItem>
          <DetailItem label="Passkeys">{user.passkeys}</DetailItem>
          <DetailItem label="Sessions">{count(user.sessions, "open session", "open sessions")}</DetailItem>
          <DetailItem label="Last sign-in">
            {user.lastSignInAt ? <DateTime value={user.lastSignInAt} withTime /> : "Never"}
          </DetailItem>
        </dl>
      </Card>
      <section aria-labelledby="apps-heading" className="flex flex-col gap-3">
        <h2 id="apps-heading" className="text-lg font-semibold">
          Apps
        </h2>
        {user.apps.length ? (
          <ul
            aria-label="Their apps"
            className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm shadow-sm dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
          >
            {user.apps.map((app) => (
              <li key={app.id} className="flex flex-wrap items-center gap-2 p-4">
                <Link href={`/admin/apps/${encodeURIComponent(app.id)}`} className={`font-medium ${linkClass}`}>
                  {app.name}
                </Link>
                <span className="text-slate-600 dark:text-slate-400">
                  {APPLICATION_TYPES[app.applicationType as ApplicationType]?.label ?? app.applicationType}
                </span>
                {app.suspendedAt && <Badge tone="danger">Suspended</Badge>}
                {app.review !== "published" && <Badge tone="warning">{REVIEW_STATES[app.review].label}</Badge>}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title="No apps">Apps they create or are given appear here.</EmptyState>
        )}
      </section>
      <section aria-labelledby="teams-heading" className="flex flex-col gap-3">
        <h2 id="teams-heading" className="text-lg font-semibold">
          Teams
        </h2>
        <AdminUserTeams teams={user.teams} />
      </section>
      <section aria-labelledby="activity-heading" className="flex flex-col gap-3">
        <ActivityHeading
          id="activity-heading"
          title="Recent activity"
          more={
            hasMore && {
              href: `/admin/audit?${new URLSearchParams({ actor: user.email })}`,
              label: "Their actions in the audit log",
            }
          }
        />
        <EventList
          label="Recent activity"
          events={events}
          emptyText="Sign-ins, changes to this account and what was done to it appear here."
          showApp
          adminLinks
        />
      </section>
    </PageLayout>
  );
}
