// The per-app daily counters (ARCHITECTURE.md "Insights"), defined once: the recorder writes these
// names, the usage query and the charts read them. Tokens are one metric per grant type.
export const TOKEN_METRIC_PREFIX = "tokens:";
export const USAGE_METRICS = {
  authFailed: "auth_failed",
  refreshReuse: "refresh_reuse",
  consentGranted: "consent_granted",
  consentRemoved: "consent_removed",
} as const;

export type UsageMetric = (typeof USAGE_METRICS)[keyof typeof USAGE_METRICS] | `${typeof TOKEN_METRIC_PREFIX}${string}`;

export const tokenMetric = (grantType: string): UsageMetric => `${TOKEN_METRIC_PREFIX}${grantType}`;
