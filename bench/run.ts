// `npm run bench [-- --smoke]`: Ninka on SQLite and PostgreSQL and, in the same run, the bare
// node-oidc-provider baselines, each server in its own process. See bench/README.md for the
// scenarios, options and how to read the table. Exits non-zero when any response was not what the
// scenario expects.
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { runScale } from "./scale/run-scale";
import { runSteps } from "./steps/run-steps";
import { SCENARIOS } from "./scenarios";
import type { Scenario } from "./scenarios/scenario";
import { startBareTarget } from "./support/bare-target";
import { combine, failed, type Measurement } from "./support/measurement";
import { startNinkaTarget } from "./support/ninka-target";
import { parseOptions } from "./support/options";
import { machineDescription, markdown, withRatios, writeReport, type Row, type ServerMemory } from "./support/report";
import type { Target } from "./support/target";

const options = parseOptions(process.argv.slice(2), process.env);
// The scale scenario is its own run (bench/README.md "Scale"); the smoke run ends with its small version.
if (options.scale) {
  execFileSync(process.execPath, ["scripts/build-if-stale.mjs"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  process.exit((await runScale(options)) ? 1 : 0);
}
// So are the slow steps (bench/README.md "Slow steps"); the smoke run measures them once on one database.
if (options.steps) {
  execFileSync(process.execPath, ["scripts/build-if-stale.mjs"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  process.stdout.write(await runSteps(options));
  process.exit(0);
}
const unknownScenarios = options.scenarios.filter((id) => !SCENARIOS.some((s) => s.id === id));
if (unknownScenarios.length)
  throw new Error(
    `BENCH_SCENARIOS: no scenario ${unknownScenarios.join(", ")} (ids: ${SCENARIOS.map((s) => s.id).join(", ")})`,
  );
const started = performance.now();
const startedAt = new Date().toISOString();
const elapsed = () => `${Math.round((performance.now() - started) / 1000)} s`.padStart(5);
const say = (line: string) => process.stderr.write(`${elapsed()} ${line}\n`);

// Ninka under test is the production build; build it first if it is missing or stale.
execFileSync(process.execPath, ["scripts/build-if-stale.mjs"], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});

const starters: { label: string; start: () => Promise<Target> }[] = [
  { label: "bare oidc-provider, in-memory", start: () => startBareTarget("memory") },
  { label: "bare oidc-provider, SQLite", start: () => startBareTarget("sqlite") },
  ...options.databases.map((kind) => ({ label: `Ninka, ${kind}`, start: () => startNinkaTarget(kind, options.apps) })),
  // BENCH_USAGE_OFF=1: the same Ninka with usage recording off, for the insights cost (README).
  ...(process.env.BENCH_USAGE_OFF === "1"
    ? options.databases.map((kind) => ({
        label: `Ninka, ${kind}, usage off`,
        start: () => startNinkaTarget(kind, options.apps, false),
      }))
    : []),
];

const rows: Row[] = [];
const memory: ServerMemory[] = [];
const targets: Target[] = [];
const startFailures: string[] = [];
try {
  // Every server runs for the whole benchmark (idle ones cost memory, not CPU), so that each
  // scenario measures all targets back to back: on a shared machine, a neighbour's load then
  // disturbs a scenario's baseline and Ninka alike, and the ratios stay meaningful. They start
  // (and Ninka's are seeded) at the same time, before anything is measured.
  say(`starting ${starters.map((s) => s.label).join("; ")}`);
  const outcomes = await Promise.allSettled(starters.map((s) => s.start()));
  outcomes.forEach((result, i) => {
    if (result.status === "fulfilled") return void targets.push(result.value);
    const message = result.reason instanceof Error ? result.reason.message : String(result.reason);
    startFailures.push(`${starters[i]!.label} could not start: ${message.split("\n")[0]}`);
    say(`✗ ${starters[i]!.label} could not start: ${message}`);
  });
  const startMb = new Map(targets.map((t) => [t, t.server.rssMb()]));

  // Round by round; every other round runs the targets in reverse, so none always goes first.
  const results = new Map<
    string,
    { scenario: Scenario; target: Target; rounds: Measurement[]; rssBeforeMb: number; rssAfterMb: number }
  >();
  for (let round = 1; round <= options.rounds; round++) {
    const order = round % 2 ? targets : [...targets].reverse();
    for (const scenario of SCENARIOS.filter((s) => !options.scenarios.length || options.scenarios.includes(s.id))) {
      for (const target of order.filter((t) => scenario.targets.includes(t.kind))) {
        const rssBeforeMb = target.server.rssMb();
        const m = await scenario
          .run(target, options)
          .catch((error: unknown) => failed(error instanceof Error ? error.message : String(error)));
        const rssAfterMb = target.server.rssMb();
        say(
          `[${round}/${options.rounds}] ${scenario.id}. ${scenario.title} — ${target.label}: ${m.rate.toFixed(1)} ${m.unit}, ` +
            `p50 ${m.p50} ms, p99 ${m.p99} ms, errors ${m.errors}, RSS ${rssBeforeMb} → ${rssAfterMb} MB`,
        );
        for (const sample of m.errorSamples) say(`  ✗ ${sample}`);
        if (m.errors) say(`  server log (end):\n${target.server.logs().slice(-1500)}`);
        const key = `${scenario.id}|${target.label}`;
        // RSS around the scenario's first round: what this scenario alone did to the server.
        const entry = results.get(key) ?? { scenario, target, rounds: [], rssBeforeMb, rssAfterMb };
        entry.rounds.push(m);
        results.set(key, entry);
      }
    }
  }
  for (const { scenario, target, rounds, rssBeforeMb, rssAfterMb } of results.values()) {
    rows.push({
      ...combine(rounds),
      rounds,
      scenario: scenario.id,
      title: scenario.title,
      target: target.label,
      kind: target.kind,
      rssBeforeMb,
      rssAfterMb,
    });
  }
  // RSS right at the end is a point on the garbage collector's sawtooth; a few idle seconds later
  // (V8's memory reducer collects once allocation stops) it is what the server holds.
  const endMb = new Map(targets.map((t) => [t, t.server.rssMb()]));
  const settleSeconds = options.smoke ? 0 : 10;
  if (settleSeconds) say(`waiting ${settleSeconds} s with every server idle, then reading RSS again`);
  await new Promise((resolve) => setTimeout(resolve, settleSeconds * 1000));
  for (const target of targets) {
    memory.push({
      target: target.label,
      startMb: startMb.get(target) ?? 0,
      endMb: endMb.get(target) ?? 0,
      settledMb: target.server.rssMb(),
      settleSeconds,
      peakMb: target.server.peakRssMb(),
    });
  }
} finally {
  for (const target of targets) await target.close();
}

const report = {
  startedAt,
  seconds: (performance.now() - started) / 1000,
  options,
  machine: machineDescription(),
  rows: withRatios(rows),
  memory,
  failures: startFailures,
};
const table = markdown(report);
console.log(`\n${table}`);
for (const path of writeReport(report, table)) say(`wrote ${path}`);
const scaleFailures = options.smoke && !options.scenarios.length ? await runScale(options) : 0;
if (options.smoke && !options.scenarios.length)
  process.stdout.write(await runSteps({ ...options, databases: options.databases.slice(0, 1) }));
const errors = rows.reduce((sum, row) => sum + row.errors, 0) + startFailures.length + scaleFailures;
if (errors) say(`✗ ${errors} unexpected response(s), error(s) or servers that did not start: the benchmark failed`);
// Exit explicitly: keep-alive sockets of the load generator must not hold the process open.
process.exit(errors ? 1 : 0);
