"use client";

import { useState } from "react";
import type { UsageDay } from "@/lib/portal/insights/schemas";
import { CHART_COLORS, DailyChart } from "./daily-chart";
import { RangeSwitch, type Range } from "./range-switch";

/** An app's usage over the last 7, 30 or 90 days: tokens by grant type, active users, failed authentications. */
export function AppUsageCharts({ days }: { days: UsageDay[] }) {
  const [range, setRange] = useState<Range>(30);
  const shown = days.slice(-range);
  const grants = [...new Set(days.flatMap((day) => Object.keys(day.tokens)))].sort();
  const rows = shown.map((day) => ({
    day: day.day,
    ...day.tokens,
    active_users: day.active_users,
    failed: day.failed_authentications,
  }));
  return (
    <div className="flex flex-col gap-4">
      <RangeSwitch value={range} onChange={setRange} />
      <div className="grid gap-6 lg:grid-cols-3">
        <DailyChart
          title="Tokens issued"
          rows={rows}
          stacked
          series={
            grants.length
              ? grants.map((grant, i) => ({
                  key: grant,
                  label: grant.replaceAll("_", " "),
                  color: CHART_COLORS[i % CHART_COLORS.length]!,
                }))
              : [{ key: "none", label: "Tokens", color: CHART_COLORS[0]! }]
          }
        />
        <DailyChart
          title="Active users"
          rows={rows}
          series={[{ key: "active_users", label: "Active users", color: CHART_COLORS[1]! }]}
        />
        <DailyChart
          title="Failed client authentications"
          rows={rows}
          series={[{ key: "failed", label: "Failed", color: CHART_COLORS[4]! }]}
        />
      </div>
    </div>
  );
}
