// `npm test`: every check, stopping at the first failure. Schema agreement; types and lint; the
// build; unit and integration tests (SQLite and PostgreSQL) beside the end-to-end tests; the
// benchmark's smoke run. Checks in one group run at the same time (the integration tests spend
// much of their time waiting on servers, which the browser tests fill); a group's output is
// printed per check, whole, as each ends.
import { spawn } from "node:child_process";
import { resolve } from "node:path";

const groups = [
  [["Prisma schemas agree", "node scripts/prisma-generate.mjs --check"]],
  [
    ["Type-check", "npx tsc --noEmit"],
    ["Lint (format, layers, tiers)", "npm run lint"],
  ],
  [["Build", "node scripts/build-if-stale.mjs"]],
  [
    ["Unit and integration tests (SQLite and PostgreSQL)", "npx vitest run"],
    ["End-to-end tests (Playwright, Chromium)", "npx playwright test"],
  ],
  // Every scenario for a second or so, so that the benchmark cannot rot; results stay out of git.
  [["Benchmark smoke run (bench/, both databases)", "npm run bench -- --smoke"]],
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

/** Runs one check; alone, its output streams; in a group, it is kept and printed when it ends. */
function run([title, command], alone) {
  const started = performance.now();
  if (alone) console.log(`\n=== ${title}: ${command}`);
  // A grouped check leads its own process group, so that stopping it stops its servers too.
  const child = spawn(command, {
    shell: true,
    env,
    stdio: alone ? "inherit" : ["ignore", "pipe", "pipe"],
    detached: !alone,
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const done = new Promise((resolve) =>
    child.once("exit", (code) => {
      if (!alone) process.stdout.write(`\n=== ${title}: ${command}\n${output}`);
      const ok = code === 0;
      console.log(ok ? `=== ${title}: ${seconds(started)}` : `\n✗ ${title} failed after ${seconds(started)}`);
      resolve(ok);
    }),
  );
  return { child, done };
}

const started = performance.now();
for (const group of groups) {
  const running = group.map((check) => run(check, group.length === 1));
  if (group.length > 1) console.log(`\n=== Running at once: ${group.map(([title]) => title).join("; ")}`);
  // The first failure ends the run; the rest of its group is stopped.
  const passed = await new Promise((resolve) => {
    let left = running.length;
    for (const { done } of running) done.then((ok) => (!ok ? resolve(false) : --left === 0 && resolve(true)));
  });
  if (!passed) {
    for (const { child } of running) if (child.exitCode === null) process.kill(-child.pid, "SIGTERM");
    await Promise.all(running.map((r) => r.done));
    process.exit(1);
  }
}
console.log(`\n✓ All checks passed in ${seconds(started)}`);
