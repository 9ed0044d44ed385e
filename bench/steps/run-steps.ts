import { mkdirSync, writeFileSync } from "node:fs";
import type { TestDatabase } from "../../tests/integration/support/test-database";
import { startChildServer } from "../support/child-server";
import { CookieJar } from "../support/cookie-jar";
import type { DatabaseKind, Options } from "../support/options";
import { createAccount, seedNinka } from "../support/seed";
import { measureSteps, type StepTimes } from "./measure-steps";

// `BENCH_STEPS=1 npm run bench` (and, once each, inside the smoke run): the three steps people wait
// for (bench/README.md "Slow steps") on a server just started, the first time (cold: what the first
// person after a deploy or restart waits) and then the median of the next ones (warm), both
// databases. BENCH_STEPS_BEFORE=<another checkout> adds that checkout's server, measured in the same run.
const STEPS: [keyof StepTimes, string][] = [
  ["passwordToConsent", "password → consent page"],
  ["allowToCallback", "Allow → the app's callback"],
  ["firstAccountPage", "first /account of a console session"],
];

async function database(kind: DatabaseKind): Promise<TestDatabase> {
  if (process.env.BENCH_DATABASE_URL) process.env.NINKA_TEST_POSTGRES_URL = process.env.BENCH_DATABASE_URL;
  const { createTestDatabase } = await import("../../tests/integration/support/test-database");
  return createTestDatabase(kind);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Cold (the first flow after start) and warm (median of `warm` more) times of one checkout's server. */
async function measureServer(kind: DatabaseKind, warm: number, dir?: string) {
  const db = await database(kind);
  try {
    const server = await startChildServer("server.ts", db.env, "/readyz", dir);
    try {
      const { web } = await seedNinka(server.url, db.env, 3, dir);
      const flow = async () =>
        measureSteps(new CookieJar(), `${server.url}/oauth`, web, await createAccount(db.env, "Bench User", dir));
      const cold = await flow();
      const later: StepTimes[] = [];
      for (let i = 0; i < warm; i++) later.push(await flow());
      const warmTimes = Object.fromEntries(STEPS.map(([key]) => [key, median(later.map((t) => t[key]))])) as StepTimes;
      return { cold, warm: warmTimes };
    } finally {
      await server.stop();
    }
  } finally {
    await db.drop();
  }
}

export async function runSteps(options: Options): Promise<string> {
  const before = process.env.BENCH_STEPS_BEFORE;
  const warm = options.smoke ? 1 : 10;
  const sections: string[] = [];
  for (const kind of options.databases) {
    const variants = [...(before ? [{ label: "before", dir: before }] : []), { label: "after", dir: undefined }];
    const results: { label: string; cold: StepTimes; warm: StepTimes }[] = [];
    for (const variant of variants)
      results.push({ label: variant.label, ...(await measureServer(kind, warm, variant.dir)) });
    const head = `| ${kind} (ms) | ${results.map((r) => `${r.label}: cold | ${r.label}: warm`).join(" | ")} |`;
    const rule = `|---|${results.map(() => "---|---|").join("")}`;
    const rows = STEPS.map(
      ([key, name]) => `| ${name} | ${results.map((r) => `${r.cold[key]} | ${r.warm[key]}`).join(" | ")} |`,
    );
    sections.push([head, rule, ...rows].join("\n"));
  }
  const report = `${sections.join("\n\n")}\n`;
  const dir = new URL(options.smoke ? "../results/smoke/" : "../results/", import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}steps-latest.md`, report);
  return report;
}
