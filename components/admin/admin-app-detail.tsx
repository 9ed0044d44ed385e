import Link from "next/link";
import { AdminRecentActivity, type AdminEvents } from "./admin-recent-activity";
import { AppUsageCharts } from "@/components/insights/app-usage-charts";
import { Alert } from "@/components/ui/alert";
import { AppLogo } from "@/components/ui/app-logo";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { DetailItem } from "@/components/ui/detail-item";
import { PageLayout } from "@/components/ui/page-layout";
import type { getAdminClient } from "@/lib/portal/admin/get-admin-client";
import type { UsageDay } from "@/lib/portal/insights/schemas";
import { APPLICATION_TYPES, type ApplicationType } from "@/lib/portal/clients/application-types";
import { REVIEW_STATES } from "@/lib/portal/reviews/review-states";
import { AppAdminActions } from "./app-admin-actions";
import { OwnerItem, RegisteredLinkItems } from "./registered-link";
import { ResetReviewForm } from "./reset-review-form";

type App = Awaited<ReturnType<typeof getAdminClient>>;
type Events = AdminEvents;

/**
 * /admin/apps/[clientId]: an app as an administrator sees it, whoever owns it — who owns it, what
 * it is, its state, what people see on the consent screen, its actions (suspend, transfer, send
 * back to Testing), its usage and its latest activity.
 */
export function AdminAppDetail({
  app,
  usage,
  events,
  moreHref,
}: {
  app: App;
  usage: UsageDay[];
  events: Events;
  moreHref: string | null;
}) {
  const type = APPLICATION_TYPES[app.applicationType as ApplicationType]?.label ?? app.applicationType;
  return (
    <PageLayout
      title={app.name}
      back={{ href: "/admin/apps", label: "Apps" }}
      aside={
        <>
          {app.suspendedAt ? <Badge tone="danger">Suspended</Badge> : <Badge tone="success">Active</Badge>}
          <Badge tone={app.review === "published" ? "neutral" : "warning"}>{REVIEW_STATES[app.review].label}</Badge>
          {app.registeredVia && <Badge tone="neutral">Registered itself</Badge>}
        </>
      }
      action={<AppAdminActions app={app} />}
    >
      {app.suspendedAt && (
        <Alert tone="error">
          Suspended <DateTime value={app.suspendedAt} />: it cannot sign anyone in or get tokens. Reason:{" "}
          {app.suspendedReason}
        </Alert>
      )}
      <Card className="flex flex-col gap-4">
        <div className="flex items-center gap-3">
          <AppLogo name={app.name} logoUri={app.logoUri} />
          <h2 className="text-lg font-semibold">Overview</h2>
        </div>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
          {app.team ? (
            <DetailItem label="Owner">
              <Link
                href={`/admin/teams/${encodeURIComponent(app.team.id)}`}
                className="break-words text-brand-700 underline underline-offset-2 dark:text-brand-100"
              >
                Team {app.team.name}
              </Link>
            </DetailItem>
          ) : app.owner ? (
            <OwnerItem owner={app.owner} label="Owner" />
          ) : (
            <DetailItem label="Owner">No owner · registered itself</DetailItem>
          )}
          <DetailItem label="Type">{type}</DetailItem>
          <DetailItem label="Client ID">
            <code className="break-all">{app.id}</code>
          </DetailItem>
          <DetailItem label="Client secrets">{app.secrets}</DetailItem>
          <DetailItem label="Created">
            <DateTime value={app.createdAt} />
          </DetailItem>
          <DetailItem label="Last used">{app.lastUsedAt ? <DateTime value={app.lastUsedAt} /> : "Never"}</DetailItem>
          <RegisteredLinkItems app={app} />
          <DetailItem label="Scopes" className="sm:col-span-2">
            <span className="break-words">{app.scope || "None"}</span>
          </DetailItem>
          <DetailItem label="Redirect URIs" className="sm:col-span-2">
            {app.redirectUris.length ? (
              <ul className="flex flex-col gap-1 font-mono text-xs">
                {app.redirectUris.map((uri) => (
                  <li key={uri} className="break-all">
                    {uri}
                  </li>
                ))}
              </ul>
            ) : (
              "None"
            )}
          </DetailItem>
        </dl>
      </Card>
      {app.review === "published" && app.owner && (
        <Card className="flex flex-col gap-3">
          <div>
            <h2 className="text-lg font-semibold">Send back to Testing</h2>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              Only its owner and the test users they list can sign in to it until it is submitted and approved again.
              The owner is told by email, with your reason.
            </p>
          </div>
          <ResetReviewForm clientId={app.id} name={app.name} />
        </Card>
      )}
      {app.review !== "published" && app.rejectedReason && (
        <Alert tone="warning">Sent back to Testing with this reason: {app.rejectedReason}</Alert>
      )}
      <section aria-labelledby="usage-heading" className="flex flex-col gap-3">
        <h2 id="usage-heading" className="text-lg font-semibold">
          Usage
        </h2>
        <AppUsageCharts days={usage} machine={app.applicationType === "m2m"} />
      </section>
      <AdminRecentActivity
        title="Activity"
        events={events}
        moreHref={moreHref}
        emptyText="Changes to this app, its secrets and consent given to it appear here."
      />
    </PageLayout>
  );
}
