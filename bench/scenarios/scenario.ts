import type { Measurement } from "../support/measurement";
import type { Options } from "../support/options";
import type { Target, TargetKind } from "../support/target";

// One thing the benchmark measures, and the targets it applies to.
export type Scenario = {
  /** The item of the benchmark's definition (bench/README.md), e.g. "b". */
  id: string;
  title: string;
  targets: readonly TargetKind[];
  run(target: Target, options: Options): Promise<Measurement>;
};

export const EVERY_TARGET = ["bare-memory", "bare-sqlite", "ninka"] as const;
export const NINKA_ONLY = ["ninka"] as const;

export const loadOptions = (options: Options) => ({
  connections: options.connections,
  seconds: options.seconds,
  warmupSeconds: options.warmupSeconds,
});
export const loopOptions = (options: Options) => ({
  workers: options.connections,
  seconds: options.seconds,
  warmupSeconds: options.warmupSeconds,
});
