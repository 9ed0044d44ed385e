import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import type { Measurement } from "./measurement";
import type { Options } from "./options";
import type { TargetKind } from "./target";

// The results: one Markdown table (printed, and written as latest.md) and the same data as JSON.
// Every row that is not the in-memory baseline gets its rate as a ratio to that baseline's rate
// for the same scenario, and Ninka's rows also to the SQLite baseline's.
export type Row = Measurement & {
  /** Each round's own measurement; the row shows their combination (support/measurement.ts). */
  rounds: Measurement[];
  scenario: string;
  title: string;
  target: string;
  kind: TargetKind;
  rssBeforeMb: number;
  rssAfterMb: number;
  ratioToBareMemory?: number;
  ratioToBareSqlite?: number;
};
export type ServerMemory = {
  target: string;
  startMb: number;
  endMb: number;
  settledMb: number;
  settleSeconds: number;
  peakMb: number;
};
export type Report = {
  startedAt: string;
  seconds: number;
  options: Options;
  machine: string;
  rows: Row[];
  memory: ServerMemory[];
  failures: string[];
};

export function withRatios(rows: Row[]): Row[] {
  const base = (kind: TargetKind, scenario: string) =>
    rows.find((r) => r.kind === kind && r.scenario === scenario && r.rate > 0);
  return rows.map((row) => {
    const memory = row.kind !== "bare-memory" ? base("bare-memory", row.scenario) : undefined;
    const sqlite = row.kind === "ninka" ? base("bare-sqlite", row.scenario) : undefined;
    return {
      ...row,
      ratioToBareMemory: memory && row.rate / memory.rate,
      ratioToBareSqlite: sqlite && row.rate / sqlite.rate,
    };
  });
}

export const machineDescription = () =>
  `${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}, Node.js ${process.version}`;

const fixed = (value: number | undefined, digits: number) => (value === undefined ? "—" : value.toFixed(digits));
// autocannon reports whole milliseconds: 0 means under one.
const ms = (value: number) => (value === 0 ? "< 1" : value.toFixed(1));
const rate = (row: Row) => (row.rate >= 100 ? Math.round(row.rate).toLocaleString("en-US") : row.rate.toFixed(1));

export function markdown(report: Report): string {
  const lines = [
    `${report.startedAt}, ${report.options.smoke ? "smoke run" : "full run"}: ${report.options.rounds} round(s) of ${report.options.seconds} s per scenario ` +
      `after ${report.options.warmupSeconds} s warm-up (rate and percentiles: mean of the rounds), ` +
      `${report.options.connections} connections or workers, ${report.options.apps} apps; ${report.machine}; ${Math.round(report.seconds)} s in all.`,
    "",
    "| scenario | target | rate | p50 ms | p99 ms | errors | RSS before → after (MB) | × bare in-memory | × bare SQLite |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|",
    ...report.rows.map(
      (r) =>
        `| ${r.scenario}. ${r.title} | ${r.target} | ${rate(r)} ${r.unit} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.errors} | ` +
        `${r.rssBeforeMb} → ${r.rssAfterMb} | ${fixed(r.ratioToBareMemory, 2)} | ${fixed(r.ratioToBareSqlite, 2)} |`,
    ),
    "",
    `| server | RSS after start (MB) | RSS at the end (MB) | RSS ${report.memory[0]?.settleSeconds ?? 0} s later, idle (MB) | peak RSS (MB) |`,
    "|---|--:|--:|--:|--:|",
    ...report.memory.map((m) => `| ${m.target} | ${m.startMb} | ${m.endMb} | ${m.settledMb} | ${m.peakMb} |`),
    ...report.failures.map((f) => `\n**${f}**`),
  ];
  return `${lines.join("\n")}\n`;
}

/** Writes latest.md and <timestamp>.json into the results directory; returns their paths. */
export function writeReport(report: Report, table: string): string[] {
  mkdirSync(report.options.resultsDir, { recursive: true });
  const md = join(report.options.resultsDir, "latest.md");
  const json = join(report.options.resultsDir, `${report.startedAt.replace(/[:.]/g, "-")}.json`);
  writeFileSync(md, table);
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  return [md, json];
}
