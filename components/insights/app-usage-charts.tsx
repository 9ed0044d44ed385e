"use client";

import type { UsageDay } from "@/lib/portal/insights/schemas";
import { UsageCharts } from "./usage-charts";

/** An app's usage over the last 7, 30 or 90 days: tokens by grant type, active users, failed authentications. */
export function AppUsageCharts({ days }: { days: UsageDay[] }) {
  const grants = [...new Set(days.flatMap((day) => Object.keys(day.tokens)))].sort();
  const rows = days.map((day) => ({
    day: day.day,
    ...day.tokens,
    active_users: day.active_users,
    failed: day.failed_authentications,
  }));
  const tokens = grants.length
    ? grants.map((grant, i) => ({ key: grant, label: grant.replaceAll("_", " "), color: i }))
    : [{ key: "none", label: "Tokens", color: 0 }];
  return (
    <UsageCharts
      rows={rows}
      columns="lg:grid-cols-3"
      charts={[
        { title: "Tokens issued", stacked: true, series: tokens },
        { title: "Active users", series: [{ key: "active_users", label: "Active users", color: 1 }] },
        { title: "Failed client authentications", series: [{ key: "failed", label: "Failed", color: 4 }] },
      ]}
    />
  );
}
