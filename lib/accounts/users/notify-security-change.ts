import "server-only";
import { getConfig } from "@/lib/kernel/config/get-config";
import { describeError, log } from "@/lib/kernel/log";
import { sendInstanceMail } from "@/lib/accounts/settings/send-instance-mail";

// The account owner hears of every change to how the account signs in (ARCHITECTURE.md "Step-up"):
// someone who took over a session within the step-up window cannot add a factor or move the address unseen.
const CHANGES = {
  totpAdded: (instance: string) =>
    `Two-step sign-in with an authenticator app was turned on for your ${instance} account.`,
  totpRemoved: (instance: string) =>
    `Two-step sign-in with an authenticator app was turned off for your ${instance} account.`,
  recoveryCodesRenewed: (instance: string) =>
    `New recovery codes were made for your ${instance} account; the old ones no longer work.`,
  passkeyAdded: (instance: string) =>
    `A passkey was added to your ${instance} account. It can sign in to the account on its own.`,
  passkeyRemoved: (instance: string) => `A passkey was removed from your ${instance} account.`,
  emailChanged: (instance: string) =>
    `The email address of your ${instance} account was changed; this address no longer belongs to it.`,
} as const;
export type SecurityChange = keyof typeof CHANGES;

/**
 * Mails `to` that `change` happened. Sent after the change committed; a mail server that refuses
 * is logged (never the address's secrets: there are none in it) and does not undo the change.
 */
export async function notifySecurityChange(to: string, change: SecurityChange): Promise<void> {
  try {
    await sendInstanceMail((instance) => ({
      to,
      subject: `A security setting of your ${instance} account changed`,
      intro: `${CHANGES[change](instance)} If this was not you, change your password now and review your account's security settings.`,
      action: { label: "Review your security settings", url: `${getConfig().NINKA_URL}/account/security` },
    }));
  } catch (error) {
    log.warn("Security notice could not be mailed", { change, error: describeError(error) });
  }
}
