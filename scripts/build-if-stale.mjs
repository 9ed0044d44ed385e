// `npm start` serves the production build; build first when there is none or when an input of the
// build changed since, so `npm install && npm start` is the whole quick start.
//
// The inputs are derived, not listed: every file of the repository except what Next.js never
// compiles (NOT_COMPILED) and what nobody edits (OUTPUTS). A new file is watched until it is named
// here, so a forgotten one costs a needless build, never a stale one (proxy.ts once was);
// scripts/build-if-stale.test.ts fails when a file Next compiles is not watched.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Paths from the repository root that Next.js never reads: run by Node or tools, or documents. */
const NOT_COMPILED = [
  "server.ts", // loaded by tsx; it imports Next, not the other way round
  "bin",
  "scripts",
  "tests",
  "e2e",
  "bench",
  "examples",
  "docs",
  "prisma", // the generated client it becomes is under lib/ (watched)
  ".ci",
  "vitest.config.ts",
  "playwright.config.ts",
  "eslint.config.mjs",
  "knip.jsonc",
  ".prettierrc.json",
  ".prettierignore",
  ".gitignore",
  ".git-blame-ignore-revs",
  ".env", // runtime configuration: read at start, never compiled (no NEXT_PUBLIC_ variables)
  ".env.example",
];
/** Installed, generated or written at run time; never an input. */
const OUTPUTS = [".git", "node_modules", ".next", "data", "test-results", "playwright-report", "next-env.d.ts"];

/** Whether a change to `path` (from the repository root, "/"-separated) makes the build stale. */
export function isBuildInput(path) {
  const [top] = path.split("/");
  if (NOT_COMPILED.includes(top) || OUTPUTS.includes(top)) return false;
  if (!path.includes("/") && path.endsWith(".md")) return false; // README.md, ARCHITECTURE.md, …
  return !/\.tsbuildinfo$|\.test\.tsx?$/.test(path); // tsc's cache; unit tests beside the code
}

/** The newest modification time among the build's inputs under `root` (directories count: a deleted file). */
function newestInputMtime(root, path = "") {
  const stat = statSync(join(root, path));
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(join(root, path))
    .map((name) => (path ? `${path}/${name}` : name))
    .filter(isBuildInput)
    .reduce((max, child) => Math.max(max, newestInputMtime(root, child)), path ? stat.mtimeMs : 0);
}

function buildIfStale() {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const buildId = join(root, ".next/BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  if (builtAt >= newestInputMtime(root)) return;
  console.log(builtAt ? "Sources changed since the last build: rebuilding…" : "No production build yet: building…");
  execFileSync(process.execPath, [join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildIfStale();
