import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getConfig } from "@/lib/kernel/config/get-config";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { sendInstanceMail } from "@/lib/accounts/settings/send-instance-mail";
import { createEmailLink, deleteEmailLink, emailLinkUrl } from "./email-links";
import { VERIFICATION_MAIL_INTERVAL_MS } from "./login-throttle";
import { verificationMail } from "./sign-up-user";

/**
 * Mails the actor a new verification link (earlier ones keep working until they expire). Already
 * verified: CONFLICT. Within the cooldown: RATE_LIMITED, saying how long to wait.
 */
export async function resendVerification(actor: Actor, now = new Date()): Promise<{ email: string }> {
  const db = getDb();
  const token = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: actor.id }, select: { email: true, emailVerifiedAt: true } });
    if (!user) throw new DomainError("NOT_FOUND", "No such account.");
    if (user.emailVerifiedAt) throw new DomainError("CONFLICT", "Your email address is already verified.");
    const last = await tx.emailToken.findFirst({
      where: { userId: actor.id, purpose: "verify" },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    const wait = last
      ? Math.ceil((VERIFICATION_MAIL_INTERVAL_MS - (now.getTime() - last.createdAt.getTime())) / 1000)
      : 0;
    if (wait > 0)
      throw new DomainError("RATE_LIMITED", `We just sent you a link. You can ask for another in ${wait} seconds.`);
    return { email: user.email, secret: await createEmailLink(tx, "verify", actor.id, user.email, now) };
  });
  try {
    await sendInstanceMail(verificationMail(token.email, emailLinkUrl(getConfig().NINKA_URL, "verify", token.secret)));
  } catch (error) {
    // Not sent: remove the link again, so the cooldown does not stop the retry MAIL_UNAVAILABLE asks for.
    await deleteEmailLink(db, token.secret);
    throw error;
  }
  return { email: token.email };
}
