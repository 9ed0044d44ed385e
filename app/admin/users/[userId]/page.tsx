import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminUserDetail } from "@/components/admin/admin-user-detail";
import { requireAdminActor } from "@/lib/delivery/console-session/session-user";
import { isDomainError } from "@/lib/kernel/errors";
import { getAdminUser } from "@/lib/portal/admin/get-admin-user";
import { listInstanceEvents } from "@/lib/portal/admin/list-instance-events";

export const metadata: Metadata = { title: "User · Administration" };

const RECENT = 10;
const orNotFound = (error: unknown): never => {
  if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
  throw error;
};

export default async function AdminUserPage({ params }: { params: Promise<{ userId: string }> }) {
  const actor = await requireAdminActor(); // layouts do not guard a page rendered on its own
  const { userId } = await params;
  const user = await getAdminUser(actor, userId).catch(orNotFound);
  const activity = await listInstanceEvents(actor, { user: user.id, limit: RECENT });
  return <AdminUserDetail user={user} selfId={actor.id} events={activity.events} hasMore={!!activity.next_cursor} />;
}
