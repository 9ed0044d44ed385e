import "server-only";
import { z } from "zod";
import { getConfig } from "@/lib/kernel/config/get-config";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { describeError, log } from "@/lib/kernel/log";
import { sendInstanceMail } from "@/lib/accounts/settings/send-instance-mail";
import { safeAppReturnPath } from "@/lib/kernel/validation/app-return-path";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { createEmailLink, emailLinkUrl } from "./email-links";
import { countAttempt, THROTTLES, tryAgainIn } from "./login-throttle";
import { emailSchema } from "./schemas";
import { LIFETIMES } from "@/lib/kernel/time/lifetimes";
import { durationWords } from "@/lib/kernel/time/durations";

// `returnTo`: the app sign-in the person came from (lib/kernel/validation/app-return-path.ts), carried
// in the mailed link so the reset ends back there; anything else is dropped, not refused.
const requestPasswordResetSchema = z.object({ email: emailSchema, returnTo: z.unknown().optional() });

const throttled = (ms: number) => new DomainError("RATE_LIMITED", `Too many reset requests. ${tryAgainIn(ms)}`);

/**
 * "Forgot password?": when the address has an account, mails it a single-use link. The
 * answer is the same whether or not it has one (SECURITY.md "Account enumeration"): the mail is
 * sent after the answer, so its time does not show, and a send failure is logged rather than told
 * (telling it would tell that the account exists). Throttled per address and per IP.
 */
export async function requestPasswordReset(input: unknown, context: { ip: string | null }): Promise<void> {
  const { email, returnTo } = parseOrThrow(requestPasswordResetSchema, input);
  const back = safeAppReturnPath(returnTo);
  for (const [rule, subject] of [
    [THROTTLES.resetIp, context.ip ?? "unknown"],
    [THROTTLES.resetAccount, email],
  ] as const) {
    const wait = await countAttempt(rule, subject);
    if (wait > 0) throw throttled(wait);
  }
  const db = getDb();
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return;
  const token = await createEmailLink(db, "reset", user.id, email);
  const url = emailLinkUrl(getConfig().NINKA_URL, "reset", token, back ? { return: back } : {});
  void sendInstanceMail((instance) => ({
    to: email,
    subject: `Reset your ${instance} password`,
    intro: `Someone — hopefully you — asked to reset the password of your ${instance} account. The link works once, for ${durationWords(LIFETIMES.emailLink.reset)}.`,
    action: { label: "Choose a new password", url },
    outro: "If you did not ask, ignore this email: your password stays as it is.",
  })).catch((error: unknown) => log.error("Password reset mail not sent", { error: describeError(error) }));
}
