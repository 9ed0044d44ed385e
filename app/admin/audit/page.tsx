import type { Metadata } from "next";
import { AuditFilters } from "@/components/admin/audit-filters";
import { EventList } from "@/components/audit/event-list";
import { Alert } from "@/components/ui/alert";
import { PageLayout } from "@/components/ui/page-layout";
import { listInstanceEvents } from "@/lib/portal/admin/list-instance-events";
import { requireAdminActor } from "@/lib/delivery/console-session/session-user";
import { isDomainError } from "@/lib/kernel/errors";

export const metadata: Metadata = { title: "Audit log · Administration" };

type Query = { action?: string; actor?: string; client?: string; from?: string; to?: string; cursor?: string };
const only = (query: Query) =>
  Object.fromEntries(Object.entries(query).filter(([, value]) => typeof value === "string" && value !== ""));

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Query> }) {
  const actor = await requireAdminActor(); // layouts do not guard a page rendered on its own
  const query = only(await searchParams);
  const result = await listInstanceEvents(actor, query).catch((error: unknown) => {
    if (isDomainError(error) && error.code === "VALIDATION") return null;
    throw error;
  });
  const older = result?.next_cursor && `/admin/audit?${new URLSearchParams({ ...query, cursor: result.next_cursor })}`;
  return (
    <PageLayout
      title="Audit log"
      description="Every security-relevant change on this Ninka, newest first."
      back={{ href: "/admin", label: "Administration" }}
    >
      <AuditFilters
        filters={{ action: query.action, actor: query.actor, client: query.client, from: query.from, to: query.to }}
      />
      {result ? (
        <EventList
          label="Audit events"
          events={result.events}
          olderHref={older}
          emptyText="No event matches these filters."
          showApp
          adminLinks
        />
      ) : (
        <Alert tone="error">These filters are not valid. Clear them and try again.</Alert>
      )}
    </PageLayout>
  );
}
