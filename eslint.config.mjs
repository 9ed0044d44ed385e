import { dirname, join, normalize, relative } from "node:path";
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The layer rules of ARCHITECTURE.md ("Layers"): app/ → components/ → lib/, only lib/ touches the
// database, and modules that do import "server-only". Tiers and cycles between lib/ domains are
// checked by lib/architecture.test.ts against the tiers ARCHITECTURE.md lists.
const database = {
  group: ["@/lib/kernel/db", "@/lib/kernel/db/*", "@prisma/*", "**/lib/kernel/db/**", "**/generated/**"],
  message: 'Only lib/ touches the database: call a domain function instead (ARCHITECTURE.md "Layers").',
};
const appFromBelow = {
  group: ["@/app", "@/app/*", "**/app/**"],
  message: 'Nothing imports app/: it is routing only (ARCHITECTURE.md "Layers").',
};
const componentsFromLib = {
  group: ["@/components", "@/components/*", "**/components/**"],
  message: 'lib/ never imports components/: pass data or actions down instead (ARCHITECTURE.md "Layers").',
};
const restrict = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

// A module that imports the database client must import "server-only" too, so that a client
// component reaching it, however indirectly, fails the build.
const serverOnlyRule = {
  meta: {
    type: "problem",
    messages: { missing: 'This module touches the database: add `import "server-only";` (ARCHITECTURE.md "Layers").' },
  },
  create(context) {
    const sources = [];
    return {
      ImportDeclaration(node) {
        sources.push(node);
      },
      "Program:exit"() {
        const touchesDb = sources.find(
          (node) =>
            /^(@\/lib\/kernel\/db\/client|\.\.?\/client)$/.test(node.source.value) && node.importKind !== "type",
        );
        if (touchesDb && !sources.some((node) => node.source.value === "server-only"))
          context.report({ node: touchesDb, messageId: "missing" });
      },
    };
  },
};

// The hot-path fence (ARCHITECTURE.md "The one exception to Prisma"): only the modules named here
// may import the raw database drivers, the hot path's statements, or the module that runs them.
// An entry ending in "/" admits every file under it. A new user of the hot path is a decision:
// add it here and to ARCHITECTURE.md "Data".
const HOT_PATH_FENCE = [
  {
    name: "drivers",
    modules: (spec) => /^(better-sqlite3|pg|@prisma\/adapter-[^/]+)(\/|$)/.test(spec),
    allowed: [
      "lib/kernel/db/client.ts",
      "lib/kernel/db/migrations/drivers.ts",
      // SQLite housekeeping: incremental_vacuum needs the driver's exec (ARCHITECTURE.md "Scale").
      "lib/kernel/db/maintain-sqlite.ts",
      "lib/kernel/db/hot-path/sqlite-statements.ts",
      "lib/kernel/db/hot-path/postgresql-statements.ts",
      // Tests and benchmarks look at the database directly; they never ship.
      "tests/",
      "e2e/",
      "bench/",
    ],
    message: "The database drivers are for lib/kernel/db only: query through Prisma (getDb) instead",
  },
  {
    name: "hot path",
    modules: (spec) => spec === "lib/kernel/db/hot-path",
    allowed: [
      "lib/provider/oidc/adapters/payload-adapter.ts",
      "lib/provider/oidc/find-account.ts",
      "lib/provider/oidc/token-policies.ts",
      "lib/portal/clients/provider-client-cache.ts",
      "lib/accounts/settings/read-setting.ts",
      // The hot path's own test: its waits for Prisma's write lock (ARCHITECTURE.md "Data").
      "tests/integration/hot-path-waits-for-prisma-writes.test.ts",
    ],
    message: "lib/kernel/db/hot-path is for the OAuth endpoints' per-request statements only: query through Prisma",
  },
  {
    name: "hot-path statements",
    modules: (spec) => spec.startsWith("lib/kernel/db/hot-path/"),
    allowed: ["lib/kernel/db/hot-path.ts", "lib/kernel/db/hot-path/"],
    message: "The hot path's statement tables are run through lib/kernel/db/hot-path.ts only",
  },
];

const hotPathFenceRule = {
  meta: {
    type: "problem",
    messages: { fenced: '{{message}} (ARCHITECTURE.md "Data", "The one exception to Prisma").' },
  },
  create(context) {
    const file = relative(context.cwd, context.filename).split("\\").join("/");
    // "@/x" and "./x" as a path from the repository root; a package name as it is.
    const resolve = (spec) => {
      const path = spec.startsWith("@/")
        ? spec.slice(2)
        : spec.startsWith(".")
          ? normalize(join(dirname(file), spec))
          : spec;
      return path.replace(/\.(ts|tsx|js|mjs)$/, "").replace(/\/index$/, "");
    };
    const check = (source) => {
      if (typeof source?.value !== "string") return;
      const spec = resolve(source.value);
      for (const fence of HOT_PATH_FENCE)
        if (
          fence.modules(spec) &&
          !fence.allowed.some((entry) => (entry.endsWith("/") ? file.startsWith(entry) : file === entry))
        )
          context.report({ node: source, messageId: "fenced", data: { message: fence.message } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSExternalModuleReference: (node) => check(node.expression),
      CallExpression: (node) =>
        node.callee.type === "Identifier" && node.callee.name === "require" && check(node.arguments[0]),
    };
  },
};

const config = [
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "lib/kernel/db/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    plugins: {
      ninka: { rules: { "db-modules-import-server-only": serverOnlyRule, "hot-path-fence": hotPathFenceRule } },
    },
  },
  { files: ["app/**/*.{ts,tsx}"], rules: restrict(database, appFromBelow) },
  { files: ["components/**/*.{ts,tsx}"], rules: restrict(database, appFromBelow) },
  { files: ["lib/**/*.{ts,tsx}"], ignores: ["lib/**/*.test.ts"], rules: restrict(appFromBelow, componentsFromLib) },
  {
    files: ["lib/**/*.ts"],
    ignores: ["lib/**/*.test.ts"],
    rules: { "ninka/db-modules-import-server-only": "error" },
  },
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    rules: { "ninka/hot-path-fence": "error" },
  },
  // Test fixtures named use… (useServer, useMailCatcher, useOwnServer) register Vitest or Playwright
  // hooks; they are not React hooks.
  {
    files: ["tests/**/*.ts", "e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off", "react-hooks/immutability": "off" },
  },
];

export default config;
