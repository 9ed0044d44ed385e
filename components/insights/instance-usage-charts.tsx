"use client";

import type { InstanceDay } from "@/lib/portal/insights/get-instance-usage";
import { UsageCharts, type UsageChart } from "./usage-charts";

// Apps and users are counted apart: a sum of the two means nothing.
const CHARTS: UsageChart[] = [
  {
    title: "Sign-ins",
    stacked: true,
    series: [
      { key: "signins", label: "Succeeded", color: 1 },
      { key: "signin_failures", label: "Failed", color: 4 },
    ],
  },
  { title: "Sign-ups", series: [{ key: "signups", label: "Sign-ups", color: 3 }] },
  { title: "Tokens issued", series: [{ key: "tokens", label: "Tokens", color: 0 }] },
  { title: "Active apps", series: [{ key: "active_apps", label: "Active apps", color: 2 }] },
  { title: "Active users", series: [{ key: "active_users", label: "Active users", color: 5 }] },
];

/** The instance dashboard (/admin): sign-ups, sign-ins, tokens, active apps and active users per day. */
export function InstanceUsageCharts({ days }: { days: InstanceDay[] }) {
  return (
    <UsageCharts
      rows={days}
      charts={CHARTS}
      columns="lg:grid-cols-2"
      empty="Nothing happened on this Ninka in this period. Sign-ins, sign-ups, tokens and active apps and users show here as they happen."
    />
  );
}
