// `npm test`: every check, in order, stopping at the first failure.
// Schema agreement, types, lint, unit tests, integration tests on SQLite and PostgreSQL, e2e, and
// the benchmark's smoke mode.
import { execSync } from "node:child_process";

const steps = [
  ["Prisma schemas agree", "node scripts/prisma-generate.mjs --check"],
  ["Type-check", "npx tsc --noEmit"],
  ["Lint (format, layers, tiers)", "npm run lint"],
  ["Build", "node scripts/build-if-stale.mjs"],
  ["Unit and integration tests (SQLite and PostgreSQL)", "npx vitest run"],
  ["End-to-end tests (Playwright, Chromium)", "npx playwright test"],
  // Every scenario for a second or so, so that the benchmark cannot rot; results stay out of git.
  ["Benchmark smoke run (bench/, both databases)", "npm run bench -- --smoke"],
];

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(0)} s`;
const started = performance.now();
for (const [title, command] of steps) {
  console.log(`\n=== ${title}: ${command}`);
  const stepStarted = performance.now();
  try {
    execSync(command, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  } catch {
    console.error(`\n✗ ${title} failed after ${seconds(stepStarted)}`);
    process.exit(1);
  }
  console.log(`=== ${title}: ${seconds(stepStarted)}`);
}
console.log(`\n✓ All checks passed in ${seconds(started)}`);
