import { InstanceUsageCharts } from "@/components/insights/instance-usage-charts";
import { PageLayout } from "@/components/ui/page-layout";
import type { InstanceDay } from "@/lib/portal/insights/get-instance-usage";

/** /admin's landing page: the instance dashboard, and what the CLI does. */
export function AdminHome({ days }: { days: InstanceDay[] }) {
  return (
    <PageLayout title="Administration" description="Run this Ninka instance: its users, apps and settings.">
      <section aria-labelledby="dashboard-heading" data-testid="admin-dashboard" className="flex flex-col gap-3">
        <h2 id="dashboard-heading" className="text-lg font-semibold">
          Dashboard
        </h2>
        <InstanceUsageCharts days={days} />
      </section>
      <section aria-labelledby="cli-heading" className="flex flex-col gap-2 text-sm text-slate-700 dark:text-slate-300">
        <h2 id="cli-heading" className="text-lg font-semibold text-slate-900 dark:text-slate-100">
          From the command line
        </h2>
        <p>
          Administrators, accounts and app suspensions are managed with <code>ninka admins add|remove</code>,{" "}
          <code>ninka users disable|enable</code> and <code>ninka apps suspend|unsuspend</code>.
        </p>
      </section>
    </PageLayout>
  );
}
