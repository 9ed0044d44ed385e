import "server-only";
import type { z } from "zod";
import type { Db } from "@/lib/kernel/db/client";
import { readSettingValue } from "@/lib/kernel/db/hot-path";
import { log } from "@/lib/kernel/log";

export type SettingsReader = Pick<Db, "instanceSetting">;

/**
 * One instance setting, read from the database on every call: one row by primary key, so every
 * process sees an administrator's change at once, with no cache to invalidate. No row: `missing`.
 * A row that does not parse (only a hand edit gets there): `unreadable`, the safe reading.
 * `db` null: outside a transaction, through the prepared statement of the authorization path
 * (lib/kernel/db/hot-path.ts), since app review reads its setting at every authorization.
 */
export async function readSetting<S extends z.ZodType>(
  db: SettingsReader | null,
  name: string,
  schema: S,
  missing: z.output<S>,
  unreadable: z.output<S>,
): Promise<z.output<S>> {
  const value = db
    ? (await db.instanceSetting.findUnique({ where: { name }, select: { value: true } }))?.value
    : await readSettingValue(name);
  if (value === undefined || value === null) return missing;
  const parsed = schema.safeParse(parseJson(value));
  if (parsed.success) return parsed.data;
  log.error(`the stored setting ${name} is not valid: using its safe reading until an administrator saves it again`);
  return unreadable;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
