import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DateTime } from "@/components/ui/date-time";
import { DetailItem } from "@/components/ui/detail-item";
import { EmptyState } from "@/components/ui/empty-state";
import { ListCard, ListCardItem } from "@/components/ui/list-card";
import type { listAllClients } from "@/lib/portal/admin/list-all-clients";
import { REVIEW_STATES } from "@/lib/portal/reviews/review-states";
import { AppAdminActions } from "./app-admin-actions";
import { ResultHeading } from "./result-heading";

type App = Awaited<ReturnType<typeof listAllClients>>["clients"][number];

/** /admin/apps' results: name (a link to the app's admin page), owner, type, status, and its actions. */
export function AdminAppList({ apps }: { apps: App[] }) {
  if (apps.length === 0)
    return <EmptyState title="No apps found">Try another name, client ID or owner, or another filter.</EmptyState>;
  return (
    <ListCard label="Apps">
      {apps.map((app) => (
        <ListCardItem
          key={app.id}
          label={app.name}
          heading={
            <ResultHeading
              name={app.name}
              nameBreak="break-words"
              href={`/admin/apps/${encodeURIComponent(app.id)}`}
              badges={
                <>
                  {app.suspendedAt ? <Badge tone="danger">Suspended</Badge> : <Badge tone="success">Active</Badge>}
                  {app.review !== "published" && <Badge tone="warning">{REVIEW_STATES[app.review].label}</Badge>}
                </>
              }
              detail={app.id}
              mono
            />
          }
          action={<AppAdminActions app={app} />}
          detailsClassName="grid-cols-2 sm:grid-cols-4"
        >
          <DetailItem label="Owner">
            {app.team ? (
              <Link
                href={`/admin/teams/${encodeURIComponent(app.team.id)}`}
                title={`Team ${app.team.name}`}
                className="block truncate text-brand-700 underline underline-offset-2 dark:text-brand-100"
              >
                Team {app.team.name}
              </Link>
            ) : app.owner ? (
              <Link
                href={`/admin/users/${encodeURIComponent(app.owner.id)}`}
                title={app.owner.email}
                className="block truncate text-brand-700 underline underline-offset-2 dark:text-brand-100"
              >
                {app.owner.email}
              </Link>
            ) : (
              "No owner · registered itself"
            )}
          </DetailItem>
          <DetailItem label="Type">{app.applicationType}</DetailItem>
          <DetailItem label="Created">
            <DateTime value={app.createdAt} />
          </DetailItem>
          <DetailItem label="Last used">{app.lastUsedAt ? <DateTime value={app.lastUsedAt} /> : "Never"}</DetailItem>
          {app.suspendedReason && (
            <DetailItem label="Suspended because" className="col-span-2 sm:col-span-4">
              {app.suspendedReason}
            </DetailItem>
          )}
        </ListCardItem>
      ))}
    </ListCard>
  );
}
