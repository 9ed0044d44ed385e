"use client";

import { useSyncExternalStore } from "react";

// Server and browser first agree on the instant in UTC (what the page shows without scripts);
// once in the browser, it reads "3 minutes ago", with the full time in the viewer's own time zone
// on hover (title), and keeps counting.
const utc = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const relative = new Intl.RelativeTimeFormat("en-US", { numeric: "auto" });
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

// One clock for every RelativeTime on the page, ticking while any is shown. The server has none
// (null): it and the first render in the browser show the UTC time.
const TICK_MS = 15_000;
const getNow = () => Math.floor(Date.now() / TICK_MS) * TICK_MS;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
function subscribe(listener: () => void) {
  listeners.add(listener);
  timer ??= setInterval(() => listeners.forEach((notify) => notify()), TICK_MS);
  return () => {
    listeners.delete(listener);
    if (!listeners.size) timer = void clearInterval(timer);
  };
}

/** "3 minutes ago", "yesterday", "in 2 days"; under a minute, "just now". */
function relativeWords(value: Date, now: number): string {
  const seconds = Math.round((value.getTime() - now) / 1000);
  const found = UNITS.find(([, size]) => Math.abs(seconds) >= size);
  if (!found) return "just now";
  const [unit, size] = found;
  return relative.format(Math.trunc(seconds / size), unit);
}

/** An instant as people say it, relative to now; the exact time, in their time zone, on hover. */
export function RelativeTime({ value }: { value: Date | string }) {
  const date = new Date(value);
  const now = useSyncExternalStore(subscribe, getNow, () => null);
  const local = now === null ? null : date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "long" });
  return (
    <time dateTime={date.toISOString()} title={local ?? `${utc.format(date)} UTC`}>
      {now === null ? `${utc.format(date)} UTC` : relativeWords(date, now)}
    </time>
  );
}
