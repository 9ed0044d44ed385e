// Derives prisma/schema.postgresql.prisma from prisma/schema.prisma and generates both Prisma
// clients. `--check` only verifies that the committed derived schema matches the source (exit 1 if
// not). The Prisma CLI insists on a schema-engine binary even for `generate`, which needs none; on
// machines that cannot download it we point it at an empty executable (ARCHITECTURE.md "Data").
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const sourcePath = join(root, "prisma/schema.prisma");
const derivedPath = join(root, "prisma/schema.postgresql.prisma");

export function derivePostgresSchema(source) {
  const banner = "// GENERATED from prisma/schema.prisma by scripts/prisma-generate.mjs. Do not edit.\n";
  const derived = source
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace('output   = "../lib/kernel/db/generated/sqlite"', 'output   = "../lib/kernel/db/generated/postgresql"');
  return banner + derived;
}

const expected = derivePostgresSchema(readFileSync(sourcePath, "utf8"));

if (process.argv.includes("--check")) {
  const actual = existsSync(derivedPath) ? readFileSync(derivedPath, "utf8") : "";
  if (actual !== expected) {
    console.error(
      "prisma/schema.postgresql.prisma differs from prisma/schema.prisma (beyond the provider). Run `npm run postinstall` and commit the result.",
    );
    process.exit(1);
  }
  console.log("Prisma schemas agree.");
  process.exit(0);
}

writeFileSync(derivedPath, expected);

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const stub = join(mkdtempSync(join(tmpdir(), "ninka-prisma-")), "schema-engine");
  writeFileSync(stub, "#!/bin/sh\nexit 1\n");
  chmodSync(stub, 0o755);
  env.PRISMA_SCHEMA_ENGINE_BINARY = stub;
}
const prismaBin = join(root, "node_modules/prisma/build/index.js");
for (const schema of [sourcePath, derivedPath]) {
  execFileSync(process.execPath, [prismaBin, "generate", "--schema", schema], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
}
console.log("Generated Prisma clients for SQLite and PostgreSQL.");
