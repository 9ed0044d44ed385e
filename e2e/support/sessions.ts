import Database from "better-sqlite3";
import { join } from "node:path";
import { e2eDataDir } from "./server-env";

/**
 * Moves the sign-in time of every Ninka session of `email` `seconds` into the past, as if the person
 * had signed in that long ago: how a test reaches a console whose step-up window (ARCHITECTURE.md
 * "Step-up") has closed without waiting ten minutes. Writes the e2e server's own SQLite file.
 */
export function ageSignIns(email: string, seconds: number) {
  const db = new Database(join(e2eDataDir, "ninka.db"));
  try {
    db.prepare(
      `UPDATE "OidcPayload" SET "payload" = json_set("payload", '$.loginTs', json_extract("payload", '$.loginTs') - ?)
       WHERE "model" = 'Session' AND "accountId" = (SELECT "id" FROM "User" WHERE "email" = ?)`,
    ).run(seconds, email);
  } finally {
    db.close();
  }
}
