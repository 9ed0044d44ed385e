// The limits of an API's settings, shared by its schema (lib/portal/apis/schemas.ts) and the console's
// form, which must not pull the schema (and zod) into the browser.
export const MAX_API_SCOPES = 50;
export const DEFAULT_ACCESS_TOKEN_TTL = 3600;
export const MIN_ACCESS_TOKEN_TTL = 60;
export const MAX_ACCESS_TOKEN_TTL = 24 * 3600;
// The console's choices of lifetime (the REST API takes any number of seconds in range).
export const ACCESS_TOKEN_TTL_CHOICES = [
  { seconds: 300, label: "5 minutes" },
  { seconds: 900, label: "15 minutes" },
  { seconds: 3600, label: "1 hour (recommended)" },
  { seconds: 6 * 3600, label: "6 hours" },
  { seconds: 24 * 3600, label: "24 hours" },
] as const;
