import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";

// The architecture as ARCHITECTURE.md writes it down, checked against the code (ARCHITECTURE.md
// "Layers"): lib/ is six tiers of domains; a module imports nothing from a higher tier, domains
// never import each other in a cycle, every domain is listed, and every path or section that a
// comment or the document cites exists.
const root = join(import.meta.dirname, "..");
const doc = readFileSync(join(root, "ARCHITECTURE.md"), "utf8");
const tracked = (...paths: string[]) =>
  execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", ...paths], {
    cwd: root,
    encoding: "utf8",
  })
    .split("\n")
    .filter((file) => file && !file.includes("/generated/") && existsSync(join(root, file)));

/** The tiers, lowest first, with the domains (folders) and root files each holds. */
function tierTable(): { tier: string; members: string[] }[] {
  const table = doc.slice(doc.indexOf("<!-- layers:start -->"), doc.indexOf("<!-- layers:end -->"));
  return [...table.matchAll(/^\| \d+ \| `([\w-]+)` \| ([^|]+) \|/gm)].map((row) => ({
    tier: row[1]!,
    members: [...row[2]!.matchAll(/`([\w.-]+)`/g)].map((member) => member[1]!),
  }));
}

const libFiles = () =>
  tracked("lib").filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".test.ts") && file.split("/").length > 2);

/** lib/<tier>/<domain>/… → "<tier>/<domain>"; a file at a tier's root (lib/<tier>/x.ts) → "<tier>/x.ts". */
const domainOf = (path: string) => path.split("/").slice(1, 3).join("/");
const tierOf = (domain: string) => domain.split("/")[0]!;

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

/** Every cycle in a directed graph, each as its path (a → … → a). */
function cycles(edges: Map<string, Set<string>>): string[] {
  const found: string[] = [];
  const state = new Map<string, "open" | "done">();
  const visit = (node: string, path: string[]) => {
    if (state.get(node) === "done") return;
    if (state.get(node) === "open") return void found.push([...path.slice(path.indexOf(node)), node].join(" → "));
    state.set(node, "open");
    for (const next of edges.get(node) ?? []) visit(next, [...path, node]);
    state.set(node, "done");
  };
  for (const node of edges.keys()) visit(node, []);
  return found;
}

describe("the tiers of ARCHITECTURE.md", () => {
  const tiers = tierTable();
  const rank = new Map(tiers.map(({ tier }, i) => [tier, i]));
  const imports = libFiles().flatMap((file) =>
    libImports(file).map((to) => ({ file, from: domainOf(file), to: domainOf(to) })),
  );

  it("list every lib/ domain and root file once, in its tier's folder", () => {
    expect(tiers.length).toBe(6);
    const listed = tiers.flatMap(({ tier, members }) => members.map((member) => `${tier}/${member}`));
    expect(new Set(listed).size).toBe(listed.length);
    expect([...new Set(libFiles().map(domainOf))].filter((domain) => !listed.includes(domain))).toEqual([]);
  });

  it("hold in the code: nothing imports from a higher tier", () => {
    const upward = imports.filter(
      ({ from, to }) => (rank.get(tierOf(to)) ?? Infinity) > (rank.get(tierOf(from)) ?? -1),
    );
    expect(upward.map(({ file, to }) => `${file} imports ${to}`)).toEqual([]);
  });

  it("hold in the code: no cycle between domains", () => {
    const edges = new Map<string, Set<string>>();
    for (const { from, to } of imports) if (from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    expect(cycles(edges)).toEqual([]);
  });

  it("finds a cycle and an upward import when there is one (the checks can fail)", () => {
    expect(
      cycles(
        new Map([
          ["a/x", new Set(["a/y"])],
          ["a/y", new Set(["a/x"])],
        ]),
      ),
    ).toEqual(["a/x → a/y → a/x"]);
    expect((rank.get(tierOf("delivery/actions")) ?? 0) > (rank.get(tierOf("kernel/db")) ?? 0)).toBe(true);
  });
});

// Paths and ARCHITECTURE.md sections that comments and the document cite: a rename that forgets
// them fails here instead of leaving a comment that lies.
const PATH = /(?<![\w./@-])((?:app|components|lib|prisma|scripts|tests|e2e|bench|docs)\/[\w./[\]-]*[\w\]])/g;
const SECTION = /ARCHITECTURE\.md[\s"“(]+"([^"]+)"/g;
// Sections are headings, and the bold run-in headings of a paragraph ("**Client cache.**").
const headings = new Set(
  [...doc.matchAll(/^#{2,3} (.+)$|\*\*([^*]+?)[.:]\*\*/gm)].map((match) => (match[1] ?? match[2])!.trim()),
);
/** The text of a source's comments, their markers removed and lines joined (a citation may wrap). */
const commentsOf = (source: string) =>
  [...source.matchAll(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g)]
    .map((match) => match[0].replace(/^\/\/|^\/\*+|\*+\/$/g, "").replace(/\n\s*(\*|\/\/)?/g, " "))
    .join("\n");
const cited = (text: string) =>
  [...text.matchAll(PATH)].map((match) => match[1]!).filter((path) => !/[<{*]/.test(path));

describe("citations", () => {
  // This file's own examples of stale citations are strings, not citations.
  const sources = tracked(
    "app",
    "components",
    "lib",
    "tests",
    "e2e",
    "bench",
    "scripts",
    "server.ts",
    "proxy.ts",
    "eslint.config.mjs",
  ).filter((file) => /\.(tsx?|mjs)$/.test(file) && file !== "lib/architecture.test.ts");

  it("every path a comment cites exists", () => {
    const stale = sources.flatMap((file) =>
      cited(commentsOf(readFileSync(join(root, file), "utf8")))
        .filter((path) => !existsSync(join(root, path)))
        .map((path) => `${file}: ${path}`),
    );
    expect(stale).toEqual([]);
  });

  it("every ARCHITECTURE.md section a comment or document cites exists", () => {
    const texts = [
      ...sources.map((file) => commentsOf(readFileSync(join(root, file), "utf8"))),
      doc,
      readFileSync(join(root, "README.md"), "utf8"),
    ];
    const missing = texts
      .flatMap((text) => [...text.matchAll(SECTION)].map((match) => match[1]!.replace(/\s+/g, " ")))
      .filter((section) => !headings.has(section));
    expect([...new Set(missing)]).toEqual([]);
  });

  it("every path ARCHITECTURE.md names exists", () => {
    const named = [...doc.matchAll(/`([^`\s]+)`/g)]
      .map((match) => match[1]!)
      .filter((token) =>
        /^(app|components|lib|prisma|scripts|tests|e2e|bench)\/|^[\w.-]+\.(mjs|md|json)$|^(server|proxy)\.ts$/.test(
          token,
        ),
      )
      .filter((token) => !/[<{*]/.test(token));
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });

  it("no comment points at an issue tracker outside the repository", () => {
    const pointers = sources.flatMap((file) =>
      /\bissues? \d+\b/i.test(commentsOf(readFileSync(join(root, file), "utf8"))) ? [file] : [],
    );
    expect(pointers).toEqual([]);
  });

  it("the checks find a stale path and a missing section", () => {
    expect(cited("// see lib/nowhere/missing.ts and lib/kernel/errors.ts.")).toEqual([
      "lib/nowhere/missing.ts",
      "lib/kernel/errors.ts",
    ]);
    expect([...'(ARCHITECTURE.md "No such section")'.matchAll(SECTION)].map((m) => m[1])).toEqual(["No such section"]);
  });

  it("is linked from the README", () => {
    expect(readFileSync(join(root, "README.md"), "utf8")).toContain("(ARCHITECTURE.md)");
  });
});
