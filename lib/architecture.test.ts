import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";

// The architecture as ARCHITECTURE.md writes it down, checked against the code: lib/ domains
// import only domains above them in the "Layers" table (so no cycle can form), every domain is in
// the table, and every path the document names exists.
const root = join(import.meta.dirname, "..");
const doc = readFileSync(join(root, "ARCHITECTURE.md"), "utf8");

function layerTable(): string[] {
  const table = doc.slice(doc.indexOf("<!-- layers:start -->"), doc.indexOf("<!-- layers:end -->"));
  return [...table.matchAll(/^\| \d+ \| `([\w-]+)` \|/gm)].map((match) => match[1]!);
}

const libFiles = () =>
  execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "lib"], { cwd: root, encoding: "utf8" })
    .split("\n")
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".test.ts") && !file.startsWith("lib/db/generated/") && existsSync(join(root, file)));

/** lib/<domain>/… or lib/<domain>.ts → <domain>. */
const domainOf = (path: string) => path.split("/")[1]!.replace(/\.tsx?$/, "");

/** The lib/ modules a file imports, by path from the repository root. */
function libImports(file: string): string[] {
  const source = readFileSync(join(root, file), "utf8");
  const specifiers = [...source.matchAll(/(?:from|import)\s+["']([^"']+)["']/g)].map((match) => match[1]!);
  return specifiers.flatMap((spec) => {
    if (spec.startsWith("@/lib/")) return [spec.slice(2)];
    if (spec.startsWith(".")) return [normalize(join(dirname(file), spec))].filter((path) => path.startsWith("lib/"));
    return [];
  });
}

describe("the layers of ARCHITECTURE.md", () => {
  const order = layerTable();
  const rank = new Map(order.map((domain, i) => [domain, i]));

  it("list every lib/ domain once", () => {
    expect(new Set(order).size).toBe(order.length);
    const domains = new Set(libFiles().map(domainOf));
    expect([...domains].filter((domain) => !rank.has(domain))).toEqual([]);
  });

  it("hold in the code: a domain imports only domains ranked above it", () => {
    const violations = libFiles().flatMap((file) => {
      const from = domainOf(file);
      return libImports(file)
        .map(domainOf)
        .filter((to) => to !== from && (rank.get(to) ?? Infinity) >= (rank.get(from) ?? -1))
        .map((to) => `${file} (${from}) imports ${to}`);
    });
    expect(violations).toEqual([]);
  });
});

describe("ARCHITECTURE.md", () => {
  it("names only paths that exist", () => {
    const named = [...doc.matchAll(/`([^`\s]+)`/g)]
      .map((match) => match[1]!)
      .filter((token) => /^(app|components|lib|prisma|scripts|tests|e2e|bench)\/|^[\w.-]+\.(ts|mjs|md|json)$/.test(token))
      .filter((token) => !/[<{*]/.test(token));
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });

  it("is linked from the README", () => {
    expect(readFileSync(join(root, "README.md"), "utf8")).toContain("(ARCHITECTURE.md)");
  });
});
