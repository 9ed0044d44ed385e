"use client";

import { useState } from "react";
import { CHART_COLORS, DailyChart, type DailyRow } from "./daily-chart";
import { RangeSwitch, type Range } from "./range-switch";

/** A chart to draw from the rows: each series a row key, its legend label and its colour (an index into the palette). */
export type UsageChart = {
  title: string;
  stacked?: boolean;
  series: { key: string; label: string; color: number }[];
};

type Props = {
  /** One row a day, oldest first; the last 7, 30 or 90 are shown. */
  rows: DailyRow[];
  charts: UsageChart[];
  /** The grid's columns on wide screens, e.g. "lg:grid-cols-2". */
  columns: string;
};

/** Daily usage charts side by side, over the range (7, 30 or 90 days) picked above them. */
export function UsageCharts({ rows, charts, columns }: Props) {
  const [range, setRange] = useState<Range>(30);
  const shown = rows.slice(-range);
  return (
    <div className="flex flex-col gap-4">
      <RangeSwitch value={range} onChange={setRange} />
      <div className={`grid gap-6 ${columns}`}>
        {charts.map(({ title, stacked, series }) => (
          <DailyChart
            key={title}
            title={title}
            rows={shown}
            stacked={stacked}
            series={series.map(({ color, ...s }) => ({ ...s, color: CHART_COLORS[color % CHART_COLORS.length]! }))}
          />
        ))}
      </div>
    </div>
  );
}
