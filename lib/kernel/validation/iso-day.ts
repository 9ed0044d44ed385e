import { z } from "zod";
import { isCalendarDay } from "@/lib/kernel/time/utc-day";

/** A UTC day as the REST API and the filters take it: "2026-11-28", a day of the calendar. */
export const isoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-28.")
  .refine(isCalendarDay, "Not a calendar date.");
