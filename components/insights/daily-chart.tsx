"use client";

import { useSyncExternalStore } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { utcDayLabel } from "@/lib/kernel/time/utc-day";

type Series = { key: string; label: string; color: string };
export type DailyRow = { day: string } & Record<string, number | string>;

type Props = { title: string; rows: DailyRow[]; series: Series[]; stacked?: boolean };

// The palette works on white and on slate-900 (both themes); axis text takes the text colour.
export const CHART_COLORS = ["#2563eb", "#059669", "#d97706", "#7c3aed", "#db2777", "#0891b2"];

/**
 * One daily chart (recharts, SVG) with its exact numbers as a table under "Show the numbers": the
 * SVG is hidden from assistive technology, the table is the accessible version. The chart reads left
 * to right, oldest first; the table lists the newest day first, as the activity lists do.
 */
// Rendered in the browser only: recharts sets sizes as style attributes, which the CSP refuses in
// server-rendered HTML (ARCHITECTURE.md "Security headers") but allows when set from script.
const subscribe = () => () => {};
const useInBrowser = () =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );

export function DailyChart({ title, rows, series, stacked = false }: Props) {
  const inBrowser = useInBrowser();
  const total = rows.reduce((sum, row) => sum + series.reduce((s, { key }) => s + Number(row[key] ?? 0), 0), 0);
  return (
    <figure className="flex min-w-0 flex-col gap-2">
      <figcaption className="flex items-baseline justify-between gap-2 text-sm font-medium">
        <span>{title}</span>
        <span className="font-normal text-slate-600 dark:text-slate-400">{total.toLocaleString("en-US")} in all</span>
      </figcaption>
      <div aria-hidden="true" className="h-48 text-xs text-slate-600 dark:text-slate-400">
        {inBrowser && (
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} margin={{ top: 4, right: 4, bottom: 0, left: -24 }} accessibilityLayer={false}>
              <CartesianGrid stroke="currentColor" strokeOpacity={0.15} vertical={false} />
              <XAxis
                dataKey="day"
                tickFormatter={(day: string) => utcDayLabel(day)}
                tick={{ fill: "currentColor" }}
                stroke="currentColor"
                strokeOpacity={0.3}
                minTickGap={16}
              />
              <YAxis
                allowDecimals={false}
                tick={{ fill: "currentColor" }}
                stroke="currentColor"
                strokeOpacity={0.3}
                width={48}
              />
              <Tooltip
                labelFormatter={(day) => utcDayLabel(String(day), true)}
                contentStyle={{ color: "#0f172a" }}
                cursor={{ fill: "currentColor", fillOpacity: 0.08 }}
              />
              {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
              {series.map(({ key, label, color }) => (
                <Bar
                  key={key}
                  dataKey={key}
                  name={label}
                  fill={color}
                  stackId={stacked ? "stack" : undefined}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        )}
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-600 dark:text-brand-100">Show the numbers</summary>
        {/* Scrolls when long: focusable, so a keyboard can scroll it too. */}
        <div
          role="region"
          aria-label={`${title}, per day`}
          tabIndex={0}
          className="mt-2 max-h-64 overflow-auto rounded focus-visible:outline-2 focus-visible:outline-brand-500"
        >
          <table className="w-full text-left">
            <caption className="sr-only">{title}, per day (UTC)</caption>
            <thead>
              <tr>
                <th scope="col" className="pr-4 font-medium">
                  Day
                </th>
                {series.map(({ key, label }) => (
                  <th key={key} scope="col" className="pr-4 font-medium">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.toReversed().map((row) => (
                <tr key={row.day} className="border-t border-slate-200 dark:border-slate-800">
                  <th scope="row" className="pr-4 font-normal">
                    {utcDayLabel(row.day, true)}
                  </th>
                  {series.map(({ key }) => (
                    <td key={key} className="pr-4 tabular-nums">
                      {Number(row[key] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
