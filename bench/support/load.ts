import autocannon from "autocannon";
import { expectStatus, request } from "./http";
import type { Measurement } from "./measurement";

// autocannon for scenarios that repeat one request. Every response must be 2xx; autocannon counts
// the others as non2xx, and socket errors (timeouts included) as errors.
export type LoadRequest = { url: string; method?: "GET" | "POST"; headers?: Record<string, string>; body?: string };
export type LoadOptions = { connections: number; seconds: number; warmupSeconds: number };

function run(request: LoadRequest, connections: number, seconds: number) {
  return autocannon({ ...request, connections, duration: seconds });
}

export async function load(request: LoadRequest, options: LoadOptions): Promise<Measurement> {
  const warmup = options.warmupSeconds > 0 ? await run(request, options.connections, options.warmupSeconds) : undefined;
  const result = await run(request, options.connections, options.seconds);
  const errors = result.non2xx + result.errors + (warmup ? warmup.non2xx + warmup.errors : 0);
  const statuses = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => !code.startsWith("2"));
  return {
    rate: result.requests.total / result.duration,
    unit: "req/s",
    p50: result.latency.p50,
    p99: result.latency.p99,
    count: result.requests.total,
    errors,
    errorSamples: errors
      ? [
          `non-2xx ${result.non2xx} (${statuses.map(([c, s]) => `${c}×${s.count ?? 0}`).join(", ")}), errors ${result.errors}, timeouts ${result.timeouts}`,
        ]
      : [],
  };
}

/** One request before the load, to check that the scenario answers what it should (a 200 error page would pass autocannon). */
export async function probe(req: LoadRequest, check: (body: string) => boolean, what: string): Promise<void> {
  const response = await request(req.url, { method: req.method, headers: req.headers, body: req.body });
  expectStatus(response, 200, what);
  if (!check(response.body)) throw new Error(`${what}: unexpected body: ${response.body.slice(0, 300)}`);
}
