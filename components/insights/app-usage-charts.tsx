"use client";

import type { UsageDay } from "@/lib/portal/insights/schemas";
import { UsageCharts, type UsageChart } from "./usage-charts";

type Props = {
  days: UsageDay[];
  /** A machine-to-machine app acts for no user: it has no active users to chart. */
  machine: boolean;
};

/** An app's usage over the last 7, 30 or 90 days: tokens by grant type, active users, failed authentications. */
export function AppUsageCharts({ days, machine }: Props) {
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
  const charts: UsageChart[] = [
    { title: "Tokens issued", stacked: true, series: tokens },
    ...(machine ? [] : [{ title: "Active users", series: [{ key: "active_users", label: "Active users", color: 1 }] }]),
    { title: "Failed client authentications", series: [{ key: "failed", label: "Failed", color: 4 }] },
  ];
  return (
    <UsageCharts
      rows={rows}
      columns={machine ? "lg:grid-cols-2" : "lg:grid-cols-3"}
      charts={charts}
      empty={
        machine
          ? "No traffic in this period. Tokens issued and failed client authentications show here from the app's first token on."
          : "No traffic in this period. Tokens issued, active users and failed client authentications show here from the app's first token on."
      }
    />
  );
}
