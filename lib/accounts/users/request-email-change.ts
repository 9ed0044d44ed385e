import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getConfig } from "@/lib/kernel/config/get-config";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { sendInstanceMail } from "@/lib/accounts/settings/send-instance-mail";
import { requireRecentSignIn } from "@/lib/accounts/sessions/step-up";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { createEmailLink, deleteEmailLink, emailLinkUrl } from "./email-links";
import { changeEmailSchema } from "./schemas";
import { LIFETIMES } from "@/lib/kernel/time/lifetimes";
import { durationWords } from "@/lib/kernel/time/durations";

/**
 * Starts changing the actor's email address, after a recent sign-in (step-up, lib/accounts/sessions): a
 * link goes to the new address and a notice to the current one; nothing changes until the link is
 * used (lib/accounts/users/verify-email.ts). An address that already has an account gets a note instead of
 * a link, and the answer is the same, so this cannot tell whether an address is taken.
 */
export async function requestEmailChange(actor: Actor, input: unknown): Promise<{ newEmail: string }> {
  const { newEmail } = parseOrThrow(changeEmailSchema, input);
  await requireRecentSignIn(actor);
  const db = getDb();
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { email: true } });
  if (!user) throw new DomainError("NOT_FOUND", "This account no longer exists.");
  if (newEmail === user.email) throw DomainError.field("newEmail", "That is already your email address.");

  const baseUrl = getConfig().NINKA_URL;
  const taken = await db.user.findUnique({ where: { email: newEmail }, select: { id: true } });
  if (taken) {
    await sendInstanceMail((instance) => ({
      to: newEmail,
      subject: `This address already has a ${instance} account`,
      intro: `Someone asked to move another ${instance} account to this address. It already has an account, so nothing was changed.`,
      action: { label: "Sign in", url: `${baseUrl}/console` },
    }));
  } else {
    const token = await createEmailLink(db, "change", actor.id, newEmail);
    try {
      await sendInstanceMail((instance) => ({
        to: newEmail,
        subject: `Confirm your new email address for ${instance}`,
        intro: `Confirm that ${newEmail} is the new address of your ${instance} account. Until you do, the account keeps ${user.email}. The link works once, for ${durationWords(LIFETIMES.emailLink.change)}.`,
        action: { label: "Confirm the new address", url: emailLinkUrl(baseUrl, "change", token) },
      }));
    } catch (error) {
      // Not sent: the link goes again, so a retry starts clean.
      await deleteEmailLink(db, token);
      throw error;
    }
  }
  await sendInstanceMail((instance) => ({
    to: user.email,
    subject: `Your ${instance} email address is being changed`,
    intro: `Someone signed in to your ${instance} account asked to change its address to ${newEmail}. If that was not you, change your password now.`,
    action: { label: "Open your account", url: `${baseUrl}/account` },
  }));
  return { newEmail };
}
