// Command-line and environment options of `npm run bench`. `--smoke` is the CI mode: short
// scenarios, little data, results kept out of the repository.
export type DatabaseKind = "sqlite" | "postgresql";

export type Options = {
  smoke: boolean;
  /** Measured seconds per scenario. */
  seconds: number;
  /** Unmeasured seconds before each scenario, so the JIT and caches settle. */
  warmupSeconds: number;
  /** Rounds of every scenario; the table shows their mean. */
  rounds: number;
  /** Concurrent connections (autocannon) or workers (closed-loop flows). */
  connections: number;
  databases: DatabaseKind[];
  /** Apps the developer owns for `GET /clients` and the console page. */
  apps: number;
  /** Scenario ids to run (BENCH_SCENARIOS, e.g. "a,b"); empty: all of them. */
  scenarios: string[];
  /** Where latest.md and <timestamp>.json go. */
  resultsDir: string;
  /** The scale scenario only (`--scale` or BENCH_SCALE=1; bench/README.md "Scale"). */
  scale: boolean;
  /** The slow steps only (`--steps` or BENCH_STEPS=1; bench/README.md "Slow steps"). */
  steps: boolean;
};

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): Options {
  const unknown = argv.filter((arg) => !["--smoke", "--scale", "--steps"].includes(arg));
  if (unknown.length)
    throw new Error(`unknown argument(s): ${unknown.join(" ")} (only --smoke, --scale and --steps are accepted)`);
  const smoke = argv.includes("--smoke");
  const number = (name: string, fallback: number) => {
    const value = env[name] === undefined || env[name] === "" ? fallback : Number(env[name]);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number`);
    return value;
  };
  const databases = (env.BENCH_DB ?? "sqlite,postgresql")
    .split(",")
    .map((d) => d.trim())
    .filter(Boolean);
  const bad = databases.filter((d) => d !== "sqlite" && d !== "postgresql");
  if (bad.length || !databases.length) throw new Error("BENCH_DB must be sqlite, postgresql or both, comma-separated");
  return {
    smoke,
    seconds: number("BENCH_SECONDS", smoke ? 0.25 : 10),
    warmupSeconds: number("BENCH_WARMUP_SECONDS", smoke ? 0 : 2),
    rounds: Math.max(1, Math.round(number("BENCH_ROUNDS", smoke ? 1 : 2))),
    connections: number("BENCH_CONNECTIONS", smoke ? 2 : 10),
    databases: databases as DatabaseKind[],
    apps: number("BENCH_APPS", smoke ? 20 : 1000),
    scenarios: (env.BENCH_SCENARIOS ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    resultsDir: new URL(smoke ? "../results/smoke/" : "../results/", import.meta.url).pathname,
    scale: argv.includes("--scale") || env.BENCH_SCALE === "1",
    steps: argv.includes("--steps") || env.BENCH_STEPS === "1",
  };
}
