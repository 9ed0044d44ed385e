import { join } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The hot-path fence of eslint.config.mjs (ARCHITECTURE.md "The one exception to Prisma"): the raw
// drivers, the hot path and its statement tables, each importable only where the config says.
const root = join(import.meta.dirname, "../../..");
const eslint = new ESLint({ cwd: root });

async function fenced(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(root, file) });
  return result!.messages.filter((message) => message.ruleId === "ninka/hot-path-fence").map((m) => m.message);
}

// Loading the whole ESLint config takes seconds on a busy machine.
describe("the hot-path fence", { timeout: 60_000 }, () => {
  it("refuses the drivers outside lib/kernel/db, citing ARCHITECTURE.md", async () => {
    const [message] = await fenced("lib/portal/clients/example.ts", 'import pg from "pg";\nvoid pg;\n');
    expect(message).toMatch(/ARCHITECTURE\.md "Data"/);
    expect(
      await fenced("app/example/route.ts", 'import Database from "better-sqlite3";\nvoid Database;\n'),
    ).toHaveLength(1);
    expect(
      await fenced("lib/kernel/db/lock-user.ts", 'import { PrismaPg } from "@prisma/adapter-pg";\nvoid PrismaPg;\n'),
    ).toHaveLength(1);
    expect(await fenced("scripts/example.mjs", 'await import("pg");\n')).toHaveLength(1);
  });

  it("admits the drivers where the config names them", async () => {
    expect(await fenced("lib/kernel/db/client.ts", 'import pg from "pg";\nvoid pg;\n')).toEqual([]);
    expect(await fenced("tests/integration/example.test.ts", 'import pg from "pg";\nvoid pg;\n')).toEqual([]);
  });

  it("keeps the hot path to its users and its statement tables to the hot path", async () => {
    const hotPath = 'import { readClientsVersion } from "@/lib/kernel/db/hot-path";\nvoid readClientsVersion;\n';
    expect(await fenced("lib/portal/clients/create-client.ts", hotPath)).toHaveLength(1);
    expect(await fenced("lib/portal/clients/provider-client-cache.ts", hotPath)).toEqual([]);
    expect(
      await fenced("lib/portal/clients/example.ts", 'import { x } from "../../kernel/db/hot-path";\nvoid x;\n'),
    ).toHaveLength(1);
    const statements =
      'import { openSqliteStatements } from "./hot-path/sqlite-statements";\nvoid openSqliteStatements;\n';
    expect(await fenced("lib/kernel/db/client.ts", statements)).toHaveLength(1);
    expect(await fenced("lib/kernel/db/hot-path.ts", statements)).toEqual([]);
  });
});
