// `npm test`: every check, stopping at the first failure. Schema agreement; types beside lint; the
// build; then the unit and integration tests (SQLite and PostgreSQL) in one lane, and the
// end-to-end tests followed by the benchmark's smoke run in another, at the same time. On 2 cores
// the integration tests leave CPU idle while they wait on servers; the other lane fills it.
// Alone, a check's output streams; beside another, it is printed whole when the check ends.
import { spawn } from "node:child_process";
import { resolve } from "node:path";

// A stage is a list of lanes run at once; a lane is a list of checks run in order.
const stages = [
  [[["Prisma schemas agree", "node scripts/prisma-generate.mjs --check"]]],
  [[["Type-check", "npx tsc --noEmit"]], [["Lint (format, layers, tiers)", "npm run lint"]]],
  [[["Build", "node scripts/build-if-stale.mjs"]]],
  [
    [["Unit and integration tests (SQLite and PostgreSQL)", "npx vitest run"]],
    [
      ["End-to-end tests (Playwright, Chromium)", "npx playwright test"],
      // Every scenario for a second or so, so that the benchmark cannot rot (its numbers mean
      // nothing here); results stay out of git.
      ["Benchmark smoke run (bench/, both databases)", "npm run bench -- --smoke"],
    ],
  ],
];

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(0)} s`;
// Node (22.1 and later) keeps the bytecode of the modules it compiles in NODE_COMPILE_CACHE: each of
// the run's many server, CLI and worker processes then skips compiling what an earlier one did
// (a server's start: a third less CPU). Node 20 ignores it.
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? resolve("node_modules/.cache/node-compile-cache"),
};

const running = new Set();

/** Runs one check to its end; resolves true when it passed. */
function run([title, command], alone) {
  const started = performance.now();
  if (alone) console.log(`\n=== ${title}: ${command}`);
  // Beside another, a check leads its own process group, so that stopping it stops its servers too.
  const child = spawn(command, {
    shell: true,
    env,
    stdio: alone ? "inherit" : ["ignore", "pipe", "pipe"],
    detached: !alone,
  });
  running.add(child);
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  return new Promise((resolve) =>
    child.once("exit", (code) => {
      running.delete(child);
      if (!alone) process.stdout.write(`\n=== ${title}: ${command}\n${output}`);
      console.log(code === 0 ? `=== ${title}: ${seconds(started)}` : `\n✗ ${title} failed after ${seconds(started)}`);
      resolve(code === 0);
    }),
  );
}

async function runLane(lane, alone) {
  for (const check of lane) if (!(await run(check, alone))) return false;
  return true;
}

const started = performance.now();
for (const lanes of stages) {
  const alone = lanes.length === 1;
  if (!alone)
    console.log(`\n=== At once: ${lanes.map((lane) => lane.map(([title]) => title).join(", then ")).join("; ")}`);
  // The first failure ends the run; the checks still running beside it are stopped.
  const passed = await new Promise((resolve) => {
    let left = lanes.length;
    for (const lane of lanes) runLane(lane, alone).then((ok) => (!ok ? resolve(false) : --left === 0 && resolve(true)));
  });
  if (!passed) {
    for (const child of running) process.kill(-child.pid, "SIGTERM");
    process.exit(1);
  }
}
console.log(`\n✓ All checks passed in ${seconds(started)}`);
