import { z } from "zod";
import { addUtcDays, utcDay, utcDaysBetween } from "@/lib/kernel/time/utc-day";
import { isoDaySchema as isoDay } from "@/lib/kernel/validation/iso-day";

// Usage is kept per UTC day for this long; a query may span at most this many days.
const USAGE_MAX_DAYS = 400;

/** `?from=&to=` of the usage route: UTC days, both included; defaults to the last 30 days. */
export const usageQuerySchema = z
  .object({
    from: isoDay.optional().describe("First UTC day (YYYY-MM-DD), included; default 29 days before `to`"),
    to: isoDay.optional().describe("Last UTC day (YYYY-MM-DD), included; default today"),
  })
  .transform(({ from, to }, ctx) => {
    const end = to ?? utcDay();
    const start = from ?? addUtcDays(end, -29);
    const days = utcDaysBetween(start, end) + 1;
    if (days < 1 || days > USAGE_MAX_DAYS) {
      ctx.addIssue({
        code: "custom",
        path: ["from"],
        message: `from must be on or before to, at most ${USAGE_MAX_DAYS} days apart.`,
      });
      return z.NEVER;
    }
    return { from: start, to: end, days };
  });

const usageDaySchema = z.object({
  day: z.string().describe("UTC day, YYYY-MM-DD"),
  tokens: z.record(z.string(), z.number().int()).describe("Tokens issued, by grant type"),
  tokens_total: z.number().int(),
  active_users: z.number().int().describe("Distinct users who authorized or refreshed"),
  failed_authentications: z.number().int(),
  refresh_token_reuse: z.number().int(),
  consents_granted: z.number().int(),
  consents_removed: z.number().int(),
});
export const usageSeriesSchema = z.object({
  client_id: z.string(),
  from: z.string(),
  to: z.string(),
  days: z.array(usageDaySchema),
});
export type UsageDay = z.infer<typeof usageDaySchema>;
export type UsageSeries = z.infer<typeof usageSeriesSchema>;
