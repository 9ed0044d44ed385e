// `npm run db:new-migration NAME`: a new, empty migration for both databases, in Prisma's layout
// (ARCHITECTURE.md "Data"). The Prisma CLI cannot generate migrations here, so their SQL is written
// by hand, once per dialect; `npx ninka migrate` (or starting the server) applies them.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const DIALECTS = { sqlite: "SQLite", postgresql: "PostgreSQL" } as const;
// Like the existing ones: lower-case words joined by underscores, so the folder name is a plain path.
const NAME = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const MAX_NAME_LENGTH = 60;

/** YYYYMMDDHHMMSS in UTC, Prisma's migration prefix. */
const stamp = (date: Date) => date.toISOString().replace(/\D/g, "").slice(0, 14);
const fromStamp = (value: string) =>
  new Date(value.replace(/^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)$/, "$1-$2-$3T$4:$5:$6Z"));

/**
 * Creates prisma/migrations/<dialect>/<timestamp>_<name>/migration.sql for both dialects under
 * `root` and returns the two files. Throws on a bad or already used name. The timestamp sorts after
 * every existing migration, even when the clock is behind the newest one.
 */
export function createMigration(name: string, root: string, now = new Date()): string[] {
  if (!NAME.test(name) || name.length > MAX_NAME_LENGTH)
    throw new Error(
      `"${name}" is not a migration name: use lower-case letters, digits and underscores, starting with a letter (at most ${MAX_NAME_LENGTH} characters), e.g. add_client_notes`,
    );
  const existing = Object.keys(DIALECTS).flatMap((dialect) => {
    const dir = join(root, "prisma/migrations", dialect);
    return existsSync(dir) ? readdirSync(dir).filter((entry) => /^\d{14}_/.test(entry)) : [];
  });
  if (existing.some((folder) => folder.slice(15) === name)) throw new Error(`a migration named ${name} exists already`);
  const newest = existing
    .map((folder) => folder.slice(0, 14))
    .sort()
    .at(-1);
  const time = newest && stamp(now) <= newest ? new Date(fromStamp(newest).getTime() + 1000) : now;
  const folder = `${stamp(time)}_${name}`;
  return Object.entries(DIALECTS).map(([dialect, title]) => {
    const other = dialect === "sqlite" ? "postgresql" : "sqlite";
    const dir = join(root, "prisma/migrations", dialect, folder);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "migration.sql");
    writeFileSync(
      file,
      `-- ${name} (${title}). Written by hand (ARCHITECTURE.md "Data"): the same change as
-- prisma/migrations/${other}/${folder}/migration.sql, matching prisma/schema.prisma.
-- Say here why the change is needed. Once applied anywhere, this file must not change.
`,
    );
    return relative(root, file);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [name, ...rest] = process.argv.slice(2);
  if (!name || rest.length) {
    console.error("Usage: npm run db:new-migration NAME   (e.g. add_client_notes)");
    process.exit(2);
  }
  try {
    const root = fileURLToPath(new URL("..", import.meta.url));
    for (const file of createMigration(name, root)) console.log(`Created ${file}`);
  } catch (error) {
    console.error(`db:new-migration: ${(error as Error).message}`);
    process.exit(2);
  }
}
