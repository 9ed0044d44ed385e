import type { Metadata } from "next";
import { AdminHome } from "@/components/admin/admin-home";
import { requireAdminActor } from "@/lib/delivery/console-session/session-user";
import { getInstanceTotals } from "@/lib/portal/admin/get-instance-totals";
import { getInstanceUsage } from "@/lib/portal/insights/get-instance-usage";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminPage() {
  const actor = await requireAdminActor(); // layouts do not guard a page rendered on its own (RSC requests)
  const [days, totals] = await Promise.all([getInstanceUsage(actor), getInstanceTotals(actor)]);
  return <AdminHome days={days} totals={totals} />;
}
