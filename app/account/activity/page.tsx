import type { Metadata } from "next";
import { EventList } from "@/components/audit/event-list";
import { PageLayout } from "@/components/ui/page-layout";
import { listAccountEvents } from "@/lib/kernel/audit/list-account-events";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";

export const metadata: Metadata = { title: "Account activity" };

export default async function AccountActivityPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const { cursor } = await searchParams;
  const actor = await requireSessionActor("/account/activity");
  const { events, next_cursor } = await listAccountEvents(actor, { limit: 25, cursor });
  return (
    <PageLayout
      title="Account activity"
      description="Sign-ins, password and two-step changes, consent you gave, and changes to your apps and tokens."
    >
      <EventList
        label="Account activity"
        events={events}
        olderHref={next_cursor && `/account/activity?cursor=${encodeURIComponent(next_cursor)}`}
        emptyText="What you and administrators do with your account appears here."
        showApp
      />
    </PageLayout>
  );
}
