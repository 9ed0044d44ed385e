import "server-only";
import { getDb } from "@/lib/kernel/db/client";
import { describeError, log } from "@/lib/kernel/log";
import { hashPassword, needsRehash } from "./password";

/**
 * After a successful sign-in (the only time Ninka sees the password), replaces a hash made with
 * older parameters (scrypt) by argon2id at the current ones. Conditional on the old hash, so a
 * password changed meanwhile is never overwritten; a failure leaves the old, still valid hash.
 * Called only by authenticateUser, for the user it just authenticated.
 */
export async function upgradePasswordHash(userId: string, stored: string, password: string): Promise<void> {
  if (!needsRehash(stored)) return;
  try {
    const passwordHash = await hashPassword(password);
    await getDb().user.updateMany({ where: { id: userId, passwordHash: stored }, data: { passwordHash } });
  } catch (error) {
    log.warn("Upgrading a password hash failed", { error: describeError(error) });
  }
}
