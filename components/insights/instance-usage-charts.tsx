"use client";

import { useState } from "react";
import type { InstanceDay } from "@/lib/portal/insights/get-instance-usage";
import { CHART_COLORS, DailyChart } from "./daily-chart";
import { RangeSwitch, type Range } from "./range-switch";

/** The instance dashboard (/admin): sign-ups, sign-ins, tokens, active apps and users per day. */
export function InstanceUsageCharts({ days }: { days: InstanceDay[] }) {
  const [range, setRange] = useState<Range>(30);
  const rows = days.slice(-range);
  return (
    <div className="flex flex-col gap-4">
      <RangeSwitch value={range} onChange={setRange} />
      <div className="grid gap-6 lg:grid-cols-2">
        <DailyChart
          title="Sign-ins"
          rows={rows}
          stacked
          series={[
            { key: "signins", label: "Succeeded", color: CHART_COLORS[1]! },
            { key: "signin_failures", label: "Failed", color: CHART_COLORS[4]! },
          ]}
        />
        <DailyChart
          title="Sign-ups"
          rows={rows}
          series={[{ key: "signups", label: "Sign-ups", color: CHART_COLORS[3]! }]}
        />
        <DailyChart
          title="Tokens issued"
          rows={rows}
          series={[{ key: "tokens", label: "Tokens", color: CHART_COLORS[0]! }]}
        />
        <DailyChart
          title="Active apps and users"
          rows={rows}
          series={[
            { key: "active_apps", label: "Active apps", color: CHART_COLORS[2]! },
            { key: "active_users", label: "Active users", color: CHART_COLORS[5]! },
          ]}
        />
      </div>
    </div>
  );
}
