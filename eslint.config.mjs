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
          (node) => /^(@\/lib\/db\/client|\.\.?\/client)$/.test(node.source.value) && node.importKind !== "type",
        );
        if (touchesDb && !sources.some((node) => node.source.value === "server-only"))
          context.report({ node: touchesDb, messageId: "missing" });
      },
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
  { files: ["app/**/*.{ts,tsx}"], rules: restrict(database, appFromBelow) },
  { files: ["components/**/*.{ts,tsx}"], rules: restrict(database, appFromBelow) },
  { files: ["lib/**/*.{ts,tsx}"], ignores: ["lib/**/*.test.ts"], rules: restrict(appFromBelow, componentsFromLib) },
  {
    files: ["lib/**/*.ts"],
    ignores: ["lib/**/*.test.ts"],
    plugins: { ninka: { rules: { "db-modules-import-server-only": serverOnlyRule } } },
    rules: { "ninka/db-modules-import-server-only": "error" },
  },
];

export default config;
