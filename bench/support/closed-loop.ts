import { performance } from "node:perf_hooks";
import { quantile, type Measurement } from "./measurement";

// A closed-loop driver for multi-step flows: `workers` loops, each running its next flow as soon as
// the previous one ends, for a warm-up and then a measured window. Latency is per whole flow.
// After a failed flow a worker sets itself up again, so one failure (e.g. a lost refresh token)
// counts once instead of poisoning every later flow of that worker.
export type LoopOptions = { workers: number; seconds: number; warmupSeconds: number };

export async function closedLoop<S>(
  options: LoopOptions,
  setup: (worker: number) => Promise<S>,
  flow: (state: S) => Promise<S>,
): Promise<Measurement> {
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  const fail = (error: unknown) => {
    errors++;
    if (errorSamples.length < 5) errorSamples.push(error instanceof Error ? error.message : String(error));
  };

  // Set up in sequence: a sign-in costs a password hash; doing them all at once would only queue.
  const states: (S | undefined)[] = [];
  for (let worker = 0; worker < options.workers; worker++) {
    states.push(await setup(worker).catch((error: unknown) => void fail(error)));
  }

  // Flows that start in the measured window count in full, even when they end after it; the rate
  // is over the time until the last of them ended. Flows started in the warm-up do not count, but
  // their errors do: any failure fails the run.
  const warmupEnd = performance.now() + options.warmupSeconds * 1000;
  const end = warmupEnd + options.seconds * 1000;
  let lastEnd = end;
  await Promise.all(
    states.map(async (initial, worker) => {
      let state = initial;
      while (performance.now() < end) {
        try {
          state ??= await setup(worker);
          const started = performance.now();
          state = await flow(state);
          if (started >= warmupEnd) latencies.push(performance.now() - started);
        } catch (error) {
          fail(error);
          state = undefined;
        }
        lastEnd = Math.max(lastEnd, performance.now());
      }
    }),
  );
  if (!latencies.length && !errors) fail(new Error("no flow completed"));

  latencies.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    rate: latencies.length / ((lastEnd - warmupEnd) / 1000),
    unit: "flows/s",
    p50: round(quantile(latencies, 0.5)),
    p99: round(quantile(latencies, 0.99)),
    count: latencies.length,
    errors,
    errorSamples,
  };
}
