import { DAY_MS } from "./durations";

// Daily counts (usage, the instance dashboard) are kept per UTC day, written as stored and as the
// REST API takes them: "2026-11-28" (ARCHITECTURE.md "Insights"). Every day label comes from here.

/** The UTC day a moment belongs to: "2026-11-28". */
export const utcDay = (at: Date = new Date()) => at.toISOString().slice(0, 10);

/** The moment a UTC day begins (an invalid Date for a string that is no day). */
export const utcDayStart = (day: string) => new Date(`${day}T00:00:00Z`);

/** The UTC day `days` after `day` (before it when negative). */
export const addUtcDays = (day: string, days: number) => utcDay(new Date(utcDayStart(day).getTime() + days * DAY_MS));

/** Whole days from `from` to `to` (0 for the same day, negative when `to` comes first). */
export const utcDaysBetween = (from: string, to: string) =>
  (utcDayStart(to).getTime() - utcDayStart(from).getTime()) / DAY_MS;

/** Whether "YYYY-MM-DD" names a day of the calendar (not 2026-02-30). */
export const isCalendarDay = (value: string) =>
  !Number.isNaN(utcDayStart(value).getTime()) && utcDay(utcDayStart(value)) === value;

const axisFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const fullFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/** A UTC day in the console's date wording (components/ui/date-time.tsx): "Dec 6", or with `year` "Dec 6, 2026". */
export const utcDayLabel = (day: string, year = false) => (year ? fullFormat : axisFormat).format(utcDayStart(day));
