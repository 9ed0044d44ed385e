import "server-only";
import { randomUUID } from "node:crypto";
import {
  generatePrefixedSecret,
  digestSecret,
  isWellFormedSecret,
  SECRET_PREFIXES,
} from "@/lib/kernel/crypto/prefixed-secret";
import type { Db } from "@/lib/kernel/db/client";
import { expiresAfter, LIFETIMES } from "@/lib/kernel/time/lifetimes";

// Single-use links mailed to a user. The link carries a 256-bit token; the database keeps only its
// SHA-256 digest (a stolen table opens nothing). Each purpose has a page, here, and a lifetime,
// LIFETIMES.emailLink (lib/kernel/time/lifetimes.ts).
const EMAIL_LINK_PURPOSES = {
  verify: { path: "/verify-email" },
  reset: { path: "/reset-password" },
  // A new address for an existing account: proves the new mailbox before the change takes effect.
  change: { path: "/verify-email" },
} as const;
export type EmailLinkPurpose = keyof typeof EMAIL_LINK_PURPOSES;

type Tx = Pick<Db, "emailToken">;

/** Creates a link for `userId` to `email`; returns the token to put in the mailed URL. */
export async function createEmailLink(
  tx: Tx,
  purpose: EmailLinkPurpose,
  userId: string,
  email: string,
  now = new Date(),
): Promise<string> {
  const { secret, digest } = generatePrefixedSecret(SECRET_PREFIXES.emailLink);
  const expiresAt = expiresAfter(LIFETIMES.emailLink[purpose], now);
  await tx.emailToken.create({ data: { id: randomUUID(), userId, purpose, email, digest, expiresAt } });
  return secret;
}

/** Removes the link of `token` again: its mail could not be sent, so no one can hold it. */
export async function deleteEmailLink(tx: Tx, token: string): Promise<void> {
  await tx.emailToken.deleteMany({ where: { digest: digestSecret(token) } });
}

/** The mailed URL; `extra` adds query parameters the page reads besides the token (e.g. where to return). */
export const emailLinkUrl = (
  baseUrl: string,
  purpose: EmailLinkPurpose,
  token: string,
  extra: Record<string, string> = {},
) => `${baseUrl}${EMAIL_LINK_PURPOSES[purpose].path}?${new URLSearchParams({ token, ...extra })}`;

/**
 * Whether the link `token` for `purpose` would still work (known, unused, unexpired), without using
 * it: its page can say at once that it is dead instead of asking for input first.
 */
export async function isEmailLinkUsable(
  tx: Tx,
  purpose: EmailLinkPurpose,
  token: unknown,
  now = new Date(),
): Promise<boolean> {
  if (typeof token !== "string" || !isWellFormedSecret(SECRET_PREFIXES.emailLink, token)) return false;
  const row = await tx.emailToken.findUnique({
    where: { digest: digestSecret(token) },
    select: { purpose: true, usedAt: true, expiresAt: true },
  });
  return !!row && row.purpose === purpose && !row.usedAt && row.expiresAt > now;
}

/**
 * Uses the link `token` for `purpose`: marks it used (atomically: of two concurrent uses, one wins)
 * and returns its user and address; null when unknown, used, expired or for another purpose.
 */
export async function consumeEmailLink(
  tx: Tx,
  purpose: EmailLinkPurpose,
  token: unknown,
  now = new Date(),
): Promise<{ userId: string; email: string } | null> {
  if (typeof token !== "string" || !isWellFormedSecret(SECRET_PREFIXES.emailLink, token)) return null;
  const digest = digestSecret(token);
  const row = await tx.emailToken.findUnique({
    where: { digest },
    select: { id: true, userId: true, email: true, purpose: true },
  });
  if (!row || row.purpose !== purpose) return null;
  const { count } = await tx.emailToken.updateMany({
    where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1 ? { userId: row.userId, email: row.email } : null;
}
