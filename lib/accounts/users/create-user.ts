import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { hashPassword } from "./password";
import { signUpSchema } from "./schemas";

export type PublicUser = { id: string; email: string; name: string };

const duplicate = () =>
  DomainError.field("email", "An account with this email address already exists. Sign in instead.");

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";

/**
 * Creates an account (sign-up page and `ninka` CLI). Validates with signUpSchema, so the email is
 * stored normalised; the password is stored only as a scrypt hash. Throws DomainError VALIDATION
 * with field errors for bad input, a weak password or an email already taken. The CLI (the
 * operator vouching for the address) creates users verified; sign-up goes through signUpUser.
 */
export async function createUser(input: unknown, options: { emailVerified?: boolean } = {}): Promise<PublicUser> {
  const { email, name, password } = parseOrThrow(signUpSchema, input);
  const db = getDb();
  // Checked first for a fast, clear answer; the unique index settles a race between two sign-ups.
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw duplicate();
  const passwordHash = await hashPassword(password);
  try {
    return await db.user.create({
      data: { id: randomUUID(), email, name, passwordHash, emailVerifiedAt: options.emailVerified ? new Date() : null },
      select: { id: true, email: true, name: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
}
