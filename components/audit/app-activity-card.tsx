import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/kernel/actors/actor";
import { listClientEvents } from "@/lib/kernel/audit/list-client-events";
import { EventList } from "./event-list";

const RECENT = 5;

/** The app page's Activity: its latest changes, secrets and consent, with a link to all of it. */
export async function AppActivityCard({ actor, clientId }: { actor: Actor; clientId: string }) {
  const { events, next_cursor } = await listClientEvents(actor, clientId, { limit: RECENT });
  const all = `/console/clients/${encodeURIComponent(clientId)}/activity`;
  return (
    <Card className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">Activity</h2>
        {next_cursor && (
          <Link
            href={all}
            className="text-sm font-medium text-brand-600 underline-offset-4 hover:underline dark:text-brand-100"
          >
            All activity
          </Link>
        )}
      </div>
      <EventList
        label="Recent activity"
        events={events}
        emptyText="Changes to this app, its secrets and consent given to it appear here."
      />
    </Card>
  );
}
