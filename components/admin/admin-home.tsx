import Link from "next/link";
import { InstanceUsageCharts } from "@/components/insights/instance-usage-charts";
import { PageLayout } from "@/components/ui/page-layout";
import type { getInstanceTotals } from "@/lib/portal/admin/get-instance-totals";
import type { InstanceDay } from "@/lib/portal/insights/get-instance-usage";

type Totals = Awaited<ReturnType<typeof getInstanceTotals>>;

const sum = (days: InstanceDay[], key: keyof Omit<InstanceDay, "day">) =>
  days.reduce((total, day) => total + day[key], 0);

/** /admin's landing page: headline numbers, the instance dashboard, and what the CLI does. */
export function AdminHome({ days, totals }: { days: InstanceDay[]; totals: Totals }) {
  const headline = [
    { label: "Accounts", value: totals.users, href: "/admin/users" },
    { label: "Apps", value: totals.apps, href: "/admin/apps" },
    { label: "Apps waiting for review", value: totals.inReview, href: "/admin/reviews" },
    { label: "Tokens issued today (UTC)", value: sum(days.slice(-1), "tokens") },
    { label: "Tokens issued, last 7 days", value: sum(days.slice(-7), "tokens") },
    { label: "Sign-ups, last 7 days", value: sum(days.slice(-7), "signups") },
  ];
  return (
    <PageLayout title="Administration" description="Run this Ninka instance: its users, apps and settings.">
      <section aria-labelledby="dashboard-heading" data-testid="admin-dashboard" className="flex flex-col gap-3">
        <h2 id="dashboard-heading" className="text-lg font-semibold">
          Dashboard
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {headline.map(({ label, value, href }) => (
            <div
              key={label}
              className="flex flex-col-reverse gap-1 rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
            >
              <dt className="text-sm text-slate-600 dark:text-slate-400">
                {href ? (
                  <Link
                    href={href}
                    className="underline underline-offset-2 hover:text-brand-600 dark:hover:text-brand-100"
                  >
                    {label}
                  </Link>
                ) : (
                  label
                )}
              </dt>
              <dd className="text-2xl font-semibold tabular-nums">{value.toLocaleString("en-US")}</dd>
            </div>
          ))}
        </dl>
        <InstanceUsageCharts days={days} />
      </section>
      <section aria-labelledby="cli-heading" className="flex flex-col gap-2 text-sm text-slate-700 dark:text-slate-300">
        <h2 id="cli-heading" className="text-lg font-semibold text-slate-900 dark:text-slate-100">
          From the command line
        </h2>
        <p>
          Administrators, accounts and app suspensions can also be managed with <code>ninka admins add|remove</code>,{" "}
          <code>ninka users disable|enable</code> and <code>ninka apps suspend|unsuspend</code>; a team&rsquo;s owners
          with <code>ninka teams list|add-owner</code>; signing keys with{" "}
          <code>ninka keys list|rotate|activate|retire</code>.
        </p>
      </section>
    </PageLayout>
  );
}
