import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EventList } from "@/components/audit/event-list";
import { PageLayout } from "@/components/ui/page-layout";
import { listClientEvents } from "@/lib/kernel/audit/list-client-events";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { getClient } from "@/lib/portal/clients/get-client";
import { isDomainError } from "@/lib/kernel/errors";

export const metadata: Metadata = { title: "App activity" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ cursor?: string }> };

export default async function ClientActivityPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { cursor } = await searchParams;
  const path = `/console/clients/${encodeURIComponent(id)}`;
  const actor = await requireSessionActor(`${path}/activity`);
  const found = await Promise.all([getClient(actor, id), listClientEvents(actor, id, { limit: 25, cursor })]).catch(
    (error: unknown) => {
      if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
      throw error; // a bad cursor is a VALIDATION error: Next's error page
    },
  );
  const [client, { events, next_cursor }] = found;
  return (
    <PageLayout title={`Activity of ${client.client_name}`} back={{ href: path, label: client.client_name }}>
      <EventList
        label="Activity"
        events={events}
        olderHref={next_cursor && `${path}/activity?cursor=${encodeURIComponent(next_cursor)}`}
        emptyText="Changes to this app, its secrets and consent given to it appear here."
      />
    </PageLayout>
  );
}
