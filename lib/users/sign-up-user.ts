import "server-only";
import { randomUUID } from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getConfig } from "@/lib/config/get-config";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { parseOrThrow } from "@/lib/validation/parse-or-throw";
import { createEmailLink, emailLinkUrl } from "./email-links";
import { countAttempt, minutesToWait } from "./login-throttle";
import { hashPassword } from "./password";
import { signUpSchema } from "./schemas";

// Sign-ups per IP address in the login throttle's 15-minute window.
export const SIGN_UP_IP_LIMIT = 10;

/**
 * Sign-up from the web: answers the same way whether or not the email already has an account (no
 * enumeration, SECURITY.md): the same work (a password hash, one mail) and the same outcome, "check
 * your email". A new address gets an unverified account and a verification link; a taken one gets a
 * note that it already has an account. Throttled per IP. If the mail cannot be sent, a new account
 * is removed again, so that trying again starts afresh; MAIL_UNAVAILABLE tells the user.
 */
export async function signUpUser(input: unknown, context: { ip: string | null }): Promise<void> {
  const { email, name, password } = parseOrThrow(signUpSchema, input);
  const wait = await countAttempt(`signup-ip:${context.ip ?? "unknown"}`, SIGN_UP_IP_LIMIT);
  if (wait > 0) throw new DomainError("RATE_LIMITED", `Too many sign-ups from your network. Try again in ${minutesToWait(wait)} minutes.`);
  const db = getDb();
  const baseUrl = getConfig().NINKA_URL;
  const passwordHash = await hashPassword(password);
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) {
    await sendMail({
      to: email,
      subject: "You already have a Ninka account",
      intro: "Someone — hopefully you — tried to create a Ninka account with this email address. It already has one, so nothing was changed.",
      action: { label: "Sign in", url: `${baseUrl}/console` },
      outro: "Forgot your password? Choose “Forgot password?” on the sign-in page.",
    });
    return;
  }
  const id = randomUUID();
  let token: string;
  try {
    token = await db.$transaction(async (tx) => {
      await tx.user.create({ data: { id, email, name, passwordHash } });
      await recordAuditEvent(tx, { actor: { id, email, name }, action: "signup.succeeded", target: { type: "user", id }, userId: id, request: { ip: context.ip } });
      return createEmailLink(tx, "verify", id, email);
    });
  } catch (error) {
    // Lost a race with a sign-up for the same address: answer as for a taken one.
    if ((error as { code?: unknown } | null)?.code === "P2002") return;
    throw error;
  }
  try {
    await sendMail(verificationMail(email, emailLinkUrl(baseUrl, "verify", token)));
  } catch (error) {
    await db.user.delete({ where: { id } });
    throw error;
  }
}

export const verificationMail = (to: string, url: string) => ({
  to,
  subject: "Verify your email address for Ninka",
  intro: "Welcome to Ninka. Please confirm that this is your email address. The link works once, for 24 hours.",
  action: { label: "Verify your email address", url },
});
