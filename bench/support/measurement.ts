// What one scenario measured on one target.
export type Measurement = {
  /** Completed requests (autocannon) or flows (closed loop) per second. */
  rate: number;
  unit: "req/s" | "flows/s";
  p50: number;
  p99: number;
  /** Completed requests or flows in the measured window. */
  count: number;
  errors: number;
  /** The first few error messages, for the log. */
  errorSamples: string[];
};

/** The q-quantile (0..1) of sorted numbers, nearest-rank; 0 for none. */
export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const failed = (message: string): Measurement => ({
  rate: 0,
  unit: "req/s",
  p50: 0,
  p99: 0,
  count: 0,
  errors: 1,
  errorSamples: [message],
});

/** Several rounds of one scenario on one target: mean rate and percentiles, errors summed. */
export function combine(rounds: Measurement[]): Measurement {
  const mean = (pick: (m: Measurement) => number) => rounds.reduce((sum, m) => sum + pick(m), 0) / rounds.length;
  return {
    rate: mean((m) => m.rate),
    unit: rounds[0]?.unit ?? "req/s",
    p50: Math.round(mean((m) => m.p50) * 10) / 10,
    p99: Math.round(mean((m) => m.p99) * 10) / 10,
    count: rounds.reduce((sum, m) => sum + m.count, 0),
    errors: rounds.reduce((sum, m) => sum + m.errors, 0),
    errorSamples: rounds.flatMap((m) => m.errorSamples).slice(0, 5),
  };
}
