import type { Metadata } from "next";
import { AppPage } from "@/components/clients/app-page";
import { EventList } from "@/components/audit/event-list";
import { Card } from "@/components/ui/card";
import { listClientEvents } from "@/lib/kernel/audit/list-client-events";
import { orNotFound, requireOwnClient } from "@/lib/delivery/console-session/require-own-client";

export const metadata: Metadata = { title: "App activity" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ cursor?: string }> };

// A bad cursor is a VALIDATION error: Next's error page.
export default async function ClientActivityPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { cursor } = await searchParams;
  const { actor, client, rights } = await requireOwnClient(id, "/activity");
  const { events, next_cursor } = await listClientEvents(actor, id, { limit: 25, cursor }).catch(orNotFound);
  const path = `/console/clients/${encodeURIComponent(id)}/activity`;
  return (
    <AppPage actor={actor} client={client} rights={rights} tab="activity">
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-semibold">Activity</h2>
        <EventList
          label="Activity"
          events={events}
          olderHref={next_cursor && `${path}?cursor=${encodeURIComponent(next_cursor)}`}
          emptyText="Changes to this app, its secrets and consent given to it appear here."
        />
      </Card>
    </AppPage>
  );
}
