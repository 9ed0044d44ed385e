import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminAppDetail } from "@/components/admin/admin-app-detail";
import { requireAdminActor } from "@/lib/delivery/console-session/session-user";
import { isDomainError } from "@/lib/kernel/errors";
import { getAdminClient } from "@/lib/portal/admin/get-admin-client";
import { listInstanceEvents } from "@/lib/portal/admin/list-instance-events";

export const metadata: Metadata = { title: "App · Administration" };

const RECENT = 10;
const orNotFound = (error: unknown): never => {
  if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
  throw error;
};

export default async function AdminAppPage({ params }: { params: Promise<{ clientId: string }> }) {
  const actor = await requireAdminActor(); // layouts do not guard a page rendered on its own
  const { clientId } = await params;
  const app = await getAdminClient(actor, clientId).catch(orNotFound);
  const activity = await listInstanceEvents(actor, { client: app.id, limit: RECENT });
  const more = activity.next_cursor ? `/admin/audit?${new URLSearchParams({ client: app.id })}` : null;
  return <AdminAppDetail app={app} events={activity.events} moreHref={more} />;
}
