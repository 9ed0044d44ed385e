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
  /** What to say when the range picked has nothing to draw. */
  empty: string;
};

/**
 * Daily usage charts side by side, over the range (7, 30 or 90 days) picked above them. The switch
 * stays when the range has no traffic (a longer one may have some); the charts give way to `empty`.
 */
export function UsageCharts({ rows, charts, columns, empty }: Props) {
  const [range, setRange] = useState<Range>(30);
  const shown = rows.slice(-range);
  const keys = charts.flatMap((chart) => chart.series.map((series) => series.key));
  const any = shown.some((row) => keys.some((key) => Number(row[key] ?? 0) > 0));
  return (
    <div className="flex flex-col gap-4">
      <RangeSwitch value={range} onChange={setRange} />
      {!any ? (
        <p className="rounded-lg border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          {empty}
        </p>
      ) : (
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
      )}
    </div>
  );
}
