import "server-only";
import { randomUUID } from "node:crypto";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getConfig } from "@/lib/kernel/config/get-config";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { sendInstanceMail } from "@/lib/accounts/settings/send-instance-mail";
import { findPendingInvitation, useInvitation } from "@/lib/accounts/settings/invitations";
import { getSignUpPolicy } from "@/lib/accounts/settings/get-sign-up-policy";
import { signUpRefusal } from "@/lib/accounts/settings/sign-up-policy";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { createEmailLink, emailLinkUrl } from "./email-links";
import { countAttempt, THROTTLES, tryAgainIn } from "./login-throttle";
import { hashPassword } from "./password";
import { signUpSchema } from "./schemas";
import { LIFETIMES } from "@/lib/kernel/time/lifetimes";
import { durationWords } from "@/lib/kernel/time/durations";

/**
 * Sign-up from the web: answers the same way whether or not the email already has an account (no
 * enumeration, SECURITY.md): the same work (a password hash, one mail) and the same outcome, "check
 * your email". A new address gets an unverified account and a verification link; a taken one gets a
 * note that it already has an account. Throttled per IP, and allowed only as the sign-up policy
 * says (lib/accounts/settings), unless the person holds an invitation (see signUpInvited). If the mail cannot
 * be sent, a new account is removed again, so that trying again starts afresh; MAIL_UNAVAILABLE
 * tells the user.
 */
export async function signUpUser(
  input: unknown,
  context: { ip: string | null; invitation?: unknown },
): Promise<{ verified: boolean }> {
  const { email, name, password } = parseOrThrow(signUpSchema, input);
  if (context.invitation) return signUpInvited({ email, name, password }, context.invitation, context.ip);
  // The policy is checked before anything else, and says the same for taken and free addresses.
  const policy = await getSignUpPolicy();
  const refusal = signUpRefusal(policy, email);
  // Under listed domains it is the address that is refused, so the form tells it on the email field
  // (in place of the field's list of domains: one line, not two).
  if (refusal)
    throw new DomainError("FORBIDDEN", refusal, policy.mode === "domains" ? { email: [refusal] } : undefined);
  const wait = await countAttempt(THROTTLES.signUpIp, context.ip ?? "unknown");
  if (wait > 0) throw new DomainError("RATE_LIMITED", `Too many sign-ups from your network. ${tryAgainIn(wait)}`);
  const db = getDb();
  const baseUrl = getConfig().NINKA_URL;
  const passwordHash = await hashPassword(password);
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) {
    await sendInstanceMail((instance) => ({
      to: email,
      subject: `You already have a ${instance} account`,
      intro: `Someone — hopefully you — tried to create a ${instance} account with this email address. It already has one, so nothing was changed.`,
      action: { label: "Sign in", url: `${baseUrl}/console` },
      outro: "Forgot your password? Choose “Forgot password?” on the sign-in page.",
    }));
    return { verified: false };
  }
  const id = randomUUID();
  let token: string;
  try {
    token = await db.$transaction(async (tx) => {
      await tx.user.create({ data: { id, email, name, passwordHash } });
      await recordAuditEvent(tx, {
        actor: { id, email, name },
        action: "signup.succeeded",
        target: { type: "user", id },
        userId: id,
        request: { ip: context.ip },
      });
      return createEmailLink(tx, "verify", id, email);
    });
  } catch (error) {
    // Lost a race with a sign-up for the same address: answer as for a taken one.
    if (isUniqueViolation(error)) return { verified: false };
    throw error;
  }
  try {
    await sendInstanceMail(verificationMail(email, emailLinkUrl(baseUrl, "verify", token)));
  } catch (error) {
    await db.user.delete({ where: { id } });
    throw error;
  }
  return { verified: false };
}

const invitationInvalid = () =>
  new DomainError(
    "FORBIDDEN",
    "This invitation link was already used, has expired or was withdrawn. Ask for a new one.",
  );

/**
 * Sign-up with an administrator's invitation, under any policy. The account must use the invited
 * address; it starts verified (opening the mailed link proved the mailbox), and the invitation is
 * used in the same transaction, so one link makes at most one account.
 */
async function signUpInvited(
  input: { email: string; name: string; password: string },
  token: unknown,
  ip: string | null,
): Promise<{ verified: boolean }> {
  const db = getDb();
  const invitation = await findPendingInvitation(db, token);
  if (!invitation) throw invitationInvalid();
  if (invitation.email !== input.email) {
    throw DomainError.field("email", `Use the address the invitation was sent to: ${invitation.email}.`);
  }
  const passwordHash = await hashPassword(input.password);
  const id = randomUUID();
  try {
    await db.$transaction(async (tx) => {
      if (!(await useInvitation(tx, invitation.id))) throw invitationInvalid();
      await tx.user.create({
        data: { id, email: input.email, name: input.name, passwordHash, emailVerifiedAt: new Date() },
      });
      await recordAuditEvent(tx, {
        actor: { id, email: input.email, name: input.name },
        action: "signup.succeeded",
        target: { type: "user", id },
        userId: id,
        request: { ip },
        details: { invitation: invitation.id },
      });
    });
  } catch (error) {
    // The invited address has had an account since: the invitation stays unused.
    if (isUniqueViolation(error))
      throw new DomainError("CONFLICT", "An account with this email address already exists. Sign in instead.");
    throw error;
  }
  return { verified: true };
}

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";

export const verificationMail = (to: string, url: string) => (instance: string) => ({
  to,
  subject: `Verify your email address for ${instance}`,
  intro: `Welcome to ${instance}. Please confirm that this is your email address. The link works once, for ${durationWords(LIFETIMES.emailLink.verify)}.`,
  action: { label: "Verify your email address", url },
});
