import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { log } from "@/lib/kernel/log";
import type { Config } from "./parse-config";
import { ensurePrivateDir, narrowIfPresent } from "./private-files";

/**
 * NINKA_SECRET, or on a loopback NINKA_URL (parseConfig refuses the rest) a secret generated once
 * into NINKA_DATA_DIR/secret, so that `npm start` needs no configuration and restarts keep
 * decrypting the same keys.
 */
export function resolveSecret(config: Config): string {
  if (config.NINKA_SECRET) return config.NINKA_SECRET;
  const file = join(config.NINKA_DATA_DIR, "secret");
  ensurePrivateDir(config.NINKA_DATA_DIR);
  narrowIfPresent(file);
  try {
    return readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const secret = randomBytes(32).toString("base64url");
  try {
    // "wx": if another process wrote it first, use theirs.
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return readFileSync(file, "utf8").trim();
    throw error;
  }
  log.warn(`NINKA_SECRET is not set: generated one in ${file} (set NINKA_SECRET outside local development)`);
  return secret;
}
