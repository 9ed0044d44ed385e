import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Integration files that replace a module (vi.mock) need a module cache of their own; every other
// integration file shares its worker's, which saves each file a fresh process and its imports (a
// fifth of the integration tests' CPU). tests/integration/support/isolate-file.ts resets what a
// file may leave behind (environment, cached configuration, database client).
const integrationDir = "tests/integration";
const filesThatSay = (text: string) =>
  readdirSync(integrationDir)
    .filter((name) => name.endsWith(".test.ts"))
    .filter((name) => readFileSync(`${integrationDir}/${name}`, "utf8").includes(text))
    .map((name) => `${integrationDir}/${name}`);
const replacesModules = filesThatSay("vi.mock(");
// Files that change instance settings or count rows across the instance share one instance server
// per database (tests/integration/support/use-server.ts useInstanceServer), one file at a time,
// after the other integration files (Vitest runs a project of another `groupOrder` after them).
const usesInstanceServer = filesThatSay("useInstanceServer(");

// Unit tests sit beside the code. Integration tests run twice, once per database, against real
// server processes and a real PostgreSQL (see tests/integration/support). Those in http-layer/
// test the server process and its HTTP layer (start-up, headers, cookies, body bounds, data files),
// where no statement differs between the databases: they run on SQLite alone (ARCHITECTURE.md
// "Tests and CI").
const httpLayer = `${integrationDir}/http-layer/**/*.test.ts`;
const integration = (db: "sqlite" | "postgresql", files: "shared" | "mocks" | "instance" = "shared") => ({
  extends: true as const,
  test: {
    name: files === "shared" ? `integration-${db}` : `integration-${db}-${files}`,
    include:
      files === "mocks"
        ? replacesModules
        : files === "instance"
          ? usesInstanceServer
          : [`${integrationDir}/**/*.test.ts`],
    exclude:
      files === "shared"
        ? [...replacesModules, ...usesInstanceServer, ...(db === "postgresql" ? [httpLayer] : [])]
        : [],
    isolate: files === "mocks",
    env: { NINKA_TEST_DB: db },
    setupFiles: ["./tests/integration/support/isolate-file.ts"],
    // The files that replace modules use no server (they call lib/ in-process).
    globalSetup: {
      shared: ["./tests/integration/support/global-setup.ts"],
      mocks: [],
      instance: ["./tests/integration/support/global-setup-instance.ts"],
    }[files],
    ...(files === "instance" && { maxWorkers: 1, sequence: { groupOrder: 1 } }),
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  resolve: { alias: { "@": root, "server-only": `${root}scripts/server-only-stub.ts` } },
  test: {
    pool: "forks",
    // Three: on 2 cores the integration files wait on their servers often enough to leave one idle.
    maxWorkers: 3,
    projects: [
      { extends: true, test: { name: "unit", include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"] } },
      integration("sqlite"),
      integration("postgresql"),
      integration("sqlite", "mocks"),
      integration("postgresql", "mocks"),
      integration("sqlite", "instance"),
      integration("postgresql", "instance"),
    ],
  },
});
