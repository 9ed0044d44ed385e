import { DAY, durationWords, HOUR, MINUTE } from "@/lib/kernel/time/durations";
import { LIFETIMES } from "@/lib/kernel/time/lifetimes";

// The limits of an API's settings, shared by its schema (lib/portal/apis/schemas.ts) and the console's
// form, which must not pull the schema (and zod) into the browser.
export const MAX_API_SCOPES = 50;
export const DEFAULT_ACCESS_TOKEN_TTL = LIFETIMES.accessToken;
export const MIN_ACCESS_TOKEN_TTL = MINUTE;
export const MAX_ACCESS_TOKEN_TTL = LIFETIMES.longestAccessToken;
// The console's choices of lifetime (the REST API takes any number of seconds in range).
export const ACCESS_TOKEN_TTL_CHOICES = [5 * MINUTE, 15 * MINUTE, HOUR, 6 * HOUR, DAY].map((seconds) => ({
  seconds,
  label: `${durationWords(seconds)}${seconds === DEFAULT_ACCESS_TOKEN_TTL ? " (recommended)" : ""}`,
}));
