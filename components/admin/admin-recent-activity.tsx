import { ActivityHeading } from "@/components/audit/activity-heading";
import { EventList } from "@/components/audit/event-list";
import type { listInstanceEvents } from "@/lib/portal/admin/list-instance-events";

export type AdminEvents = Awaited<ReturnType<typeof listInstanceEvents>>["events"];

/** The latest events of one app or team on its admin page, with a link to the rest in the audit log. */
export function AdminRecentActivity({
  title,
  events,
  moreHref,
  emptyText,
  showApp = false,
}: {
  title: string;
  events: AdminEvents;
  moreHref: string | null;
  emptyText: string;
  showApp?: boolean;
}) {
  return (
    <section aria-labelledby="activity-heading" className="flex flex-col gap-3">
      <ActivityHeading
        id="activity-heading"
        title={title}
        more={moreHref ? { href: moreHref, label: "All activity in the audit log" } : null}
      />
      <EventList label="Recent activity" events={events} emptyText={emptyText} showApp={showApp} adminLinks />
    </section>
  );
}
