import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminAppDetail } from "@/components/admin/admin-app-detail";
import { requireAdminActor } from "@/lib/delivery/console-session/session-user";
import { isDomainError } from "@/lib/kernel/errors";
import { getAdminClient } from "@/lib/portal/admin/get-admin-client";
import { getAdminClientUsage } from "@/lib/portal/admin/get-admin-client-usage";
import { listInstanceEvents } from "@/lib/portal/admin/list-instance-events";

export const metadata: Metadata = { title: "App · Administration" };

const RECENT = 10;
const USAGE_DAYS = 90; // the charts switch between 7, 30 and 90 of them
const orNotFound = (error: unknown): never => {
  if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
  throw error;
};

export default async function AdminAppPage({ params }: { params: Promise<{ clientId: string }> }) {
  const actor = await requireAdminActor(); // layouts do not guard a page rendered on its own
  const { clientId } = await params;
  const app = await getAdminClient(actor, clientId).catch(orNotFound);
  const [activity, usage] = await Promise.all([
    listInstanceEvents(actor, { client: app.id, limit: RECENT }),
    getAdminClientUsage(actor, app.id, USAGE_DAYS),
  ]);
  const more = activity.next_cursor ? `/admin/audit?${new URLSearchParams({ client: app.id })}` : null;
  return <AdminAppDetail app={app} usage={usage.days} events={activity.events} moreHref={more} />;
}
