import { mkdirSync, writeFileSync } from "node:fs";
import type { TestDatabase } from "../../tests/integration/support/test-database";
import type { DatabaseKind, Options } from "../support/options";
import { measureInstance, type InstanceResult, type Variant } from "./measure-instance";
import { FULL_SIZES, smokeSizes } from "./seed-sql";

// `BENCH_SCALE=1 npm run bench` (and, small, inside `npm run bench -- --smoke`): Ninka fresh and at
// the size of a few years (bench/README.md "Scale"), on both databases, each target in its own
// process and database. BENCH_SCALE_BEFORE=<another checkout> adds that checkout's server as a
// "before" column measured in the same run.
const TARGET_PAGE_MS = 300;
const TARGET_P99_RATIO = 2;
const TARGET_READY_S = 5;

async function database(kind: DatabaseKind): Promise<TestDatabase> {
  if (process.env.BENCH_DATABASE_URL) process.env.NINKA_TEST_POSTGRES_URL = process.env.BENCH_DATABASE_URL;
  const { createTestDatabase } = await import("../../tests/integration/support/test-database");
  return createTestDatabase(kind);
}

function table(kind: DatabaseKind, results: InstanceResult[]): string {
  const after = results.find((r) => r.label === "at scale")!;
  const head = `| ${kind} | ${results.map((r) => r.label).join(" | ")} | target at scale |\n|---|${results.map(() => "---|").join("")}---|\n`;
  const pages = Object.keys(after.pages).map((name) => {
    const met = after.pages[name]! <= TARGET_PAGE_MS ? "met" : "not met";
    return `| ${name} (median ms) | ${results.map((r) => r.pages[name] ?? "–").join(" | ")} | ≤ ${TARGET_PAGE_MS} ms: ${met} |`;
  });
  const alone = after.tokens.alone!.p99;
  const tokens = Object.keys(after.tokens).map((name) => {
    const cells = results.map((r) => {
      const t = r.tokens[name];
      return !t || t.count < 20 ? "n/a" : `${t.p50} / ${t.p99}`;
    });
    const ratio =
      name === "alone"
        ? ""
        : after.tokens[name]!.count < 20
          ? "n/a"
          : after.tokens[name]!.p99 <= TARGET_P99_RATIO * alone
            ? "met"
            : "not met";
    return `| token p50 / p99 ms, ${name} | ${cells.join(" | ")} | ${name === "alone" ? "" : `p99 ≤ ${TARGET_P99_RATIO}× alone: ${ratio}`} |`;
  });
  const ready = `| start-up to ready, s | ${results.map((r) => r.readySeconds).join(" | ")} | ≤ ${TARGET_READY_S} s: ${after.readySeconds <= TARGET_READY_S ? "met" : "not met"} |`;
  return head + [ready, ...tokens, ...pages].join("\n");
}

export async function runScale(options: Options): Promise<number> {
  const sizes = options.smoke ? smokeSizes() : FULL_SIZES;
  const seconds = options.smoke ? options.seconds : Math.max(5, options.seconds);
  // The smoke run's load is one loop, not four: it checks that each step works, and on a shared
  // CI machine four loops only burn the CPU the tests beside it need.
  const loadWorkers = options.smoke ? 1 : 4;
  const before = process.env.BENCH_SCALE_BEFORE;
  // The smoke run only keeps the scenario from rotting: the seeded instance exercises every code
  // path the fresh one does, so the fresh one (a baseline for the full run's table) is left out.
  const variants: Variant[] = [
    ...(options.smoke ? [] : [{ label: "fresh", dir: process.cwd(), sizes: null }]),
    ...(before ? [{ label: "at scale, before", dir: before, sizes }] : []),
    { label: "at scale", dir: process.cwd(), sizes },
  ];
  const tables: string[] = [];
  let failures = 0;
  for (const kind of options.databases) {
    const results: InstanceResult[] = [];
    for (const variant of variants) {
      process.stderr.write(`scale: ${kind}, ${variant.label}…\n`);
      const db = await database(kind);
      try {
        results.push(await measureInstance(kind, variant, db.env, seconds, loadWorkers));
      } catch (error) {
        failures++;
        process.stderr.write(
          `✗ scale ${kind} ${variant.label}: ${error instanceof Error ? error.message : String(error)}\n`,
        );
      } finally {
        await db.drop();
      }
    }
    if (results.length === variants.length) tables.push(table(kind, results));
  }
  const sizesLine = `Sizes: ${Object.entries(sizes)
    .map(([k, v]) => `${k} ${v.toLocaleString("en-US")}`)
    .join(", ")}.`;
  const report = `${sizesLine}\n\n${tables.join("\n\n")}\n`;
  console.log(`\n${report}`);
  const dir = new URL(options.smoke ? "../results/smoke/" : "../results/", import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}scale-latest.md`, report);
  return failures;
}
