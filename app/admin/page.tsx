import type { Metadata } from "next";
import { AdminHome } from "@/components/admin/admin-home";
import { requireAdminActor } from "@/lib/delivery/console-session/session-user";
import { getInstanceUsage } from "@/lib/portal/insights/get-instance-usage";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminPage() {
  const actor = await requireAdminActor(); // layouts do not guard a page rendered on its own (RSC requests)
  return <AdminHome days={await getInstanceUsage(actor)} />;
}
