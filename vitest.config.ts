import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Unit tests sit beside the code. Integration tests run twice, once per database, against real
// server processes and a real PostgreSQL (see tests/integration/support).
const integration = (db: "sqlite" | "postgresql") => ({
  extends: true as const,
  test: {
    name: `integration-${db}`,
    include: ["tests/integration/**/*.test.ts"],
    env: { NINKA_TEST_DB: db },
    globalSetup: ["./tests/integration/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  resolve: { alias: { "@": root, "server-only": `${root}scripts/server-only-stub.ts` } },
  test: {
    pool: "forks",
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: "unit", include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"] } },
      integration("sqlite"),
      integration("postgresql"),
    ],
  },
});
