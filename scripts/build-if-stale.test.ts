import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { isBuildInput } from "./build-if-stale.mjs";

// What `next build` compiles into .next, found the way Next finds it: its config files, the app
// router and proxy.ts, everything they import (the "@/" paths of tsconfig.next.json, relative
// paths, CSS @import and @config), and the installed packages. scripts/build-if-stale.mjs must
// watch every one of them, or `npm start` can serve a stale build.
const root = join(import.meta.dirname, "..");
// next.config.mjs is JavaScript without declarations: loaded by URL, typed here.
const nextConfig = (await import(new URL("../next.config.mjs", import.meta.url).href)) as {
  default: { typescript?: { tsconfigPath?: string } };
};
const path = (absolute: string) => relative(root, absolute).split("\\").join("/");

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });

/** tsconfig.next.json and whatever it extends (Next reads the chain). */
function tsconfigChain(file: string): string[] {
  const { extends: parent } = JSON.parse(readFileSync(file, "utf8")) as { extends?: string };
  return [file, ...(parent?.startsWith(".") ? tsconfigChain(join(dirname(file), parent)) : [])];
}

const EXTENSIONS = ["", ".ts", ".tsx", ".mjs", ".js", ".json", ".css", "/index.ts", "/index.tsx"];
function resolveImport(from: string, spec: string): string | undefined {
  const base = spec.startsWith("@/")
    ? join(root, spec.slice(2))
    : spec.startsWith(".")
      ? join(dirname(from), spec)
      : null;
  if (!base) return undefined; // a package: package.json and package-lock.json stand for it
  // Unresolved: text that only looks like an import (in generated code's strings); tsc checks real ones.
  return EXTENSIONS.map((extension) => base + extension).find(
    (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
  );
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|@import\s+|@config\s+|@plugin\s+|@source\s+)["']([^"']+)["']/g;
function compiledFiles(): string[] {
  const { typescript } = nextConfig.default;
  const configs = [
    join(root, "next.config.mjs"),
    ...tsconfigChain(join(root, typescript?.tsconfigPath ?? "tsconfig.json")),
    ...["postcss.config.mjs", "postcss.config.js", "package.json", "package-lock.json"].map((name) => join(root, name)),
  ];
  const entries = [
    ...walk(join(root, "app")),
    ...["proxy", "middleware", "instrumentation"].flatMap((name) =>
      [".ts", ".tsx", ".js"].map((extension) => join(root, name + extension)),
    ),
    ...(existsSync(join(root, "public")) ? walk(join(root, "public")) : []),
  ];
  const seen = new Set<string>();
  const queue = [...configs, ...entries].filter((file) => existsSync(file));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(tsx?|mjs|js|css)$/.test(file)) continue;
    for (const [, spec] of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const target = resolveImport(file, spec!);
      if (target) queue.push(target);
    }
  }
  return [...seen].map(path).sort();
}

describe("scripts/build-if-stale.mjs", () => {
  const compiled = compiledFiles();

  it("finds what Next compiles: its configs, the app router, proxy.ts and their imports", () => {
    for (const file of [
      "next.config.mjs",
      "tsconfig.next.json",
      "tsconfig.json",
      "postcss.config.mjs",
      "proxy.ts",
      "app/globals.css",
      "tailwind.config.ts",
      "app/layout.tsx",
      "lib/kernel/errors.ts",
      "components/ui/date-time.tsx",
      "package-lock.json",
    ])
      expect(compiled).toContain(file);
    expect(compiled.filter((file) => /^(tests|e2e|bench|scripts)\//.test(file) || file === "server.ts")).toEqual([]);
  });

  it("watches every file Next compiles", () => {
    expect(compiled.filter((file) => !isBuildInput(file))).toEqual([]);
  });

  it("watches a new top-level file, but not tests, tools, documents or outputs", () => {
    expect(isBuildInput("some-new-config.mjs")).toBe(true);
    expect(isBuildInput("lib/kernel/some-new-module.ts")).toBe(true);
    for (const file of [
      "server.ts",
      "tests/integration/metrics.test.ts",
      "lib/kernel/time/expiry.test.ts",
      "README.md",
      "tsconfig.tsbuildinfo",
      "next-env.d.ts",
      "data/ninka.db",
      ".next/BUILD_ID",
    ])
      expect(isBuildInput(file)).toBe(false);
  });
});
