// Units of time, stated once. Lifetimes are in seconds, the unit OAuth and cookies speak
// (oidc-provider's ttl, next-auth's maxAge, `expires_in`); Date arithmetic wants milliseconds.
export const MINUTE = 60;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const YEAR = 365 * DAY;
export const MINUTE_MS = MINUTE * 1000;
export const DAY_MS = DAY * 1000;

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? "" : "s"}`;

/**
 * A whole number of seconds in words, for texts that state a lifetime: "30 minutes", "1 hour",
 * "24 hours", "7 days". Hours up to a day, days from two on, each only when it divides evenly.
 */
export function durationWords(seconds: number): string {
  if (seconds % DAY === 0 && seconds > DAY) return plural(seconds / DAY, "day");
  if (seconds % HOUR === 0) return plural(seconds / HOUR, "hour");
  if (seconds % MINUTE === 0) return plural(seconds / MINUTE, "minute");
  return plural(seconds, "second");
}
