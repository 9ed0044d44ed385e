import "server-only";
import { rolesAllowed } from "@/lib/kernel/actors/team-permissions";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import { getConfig } from "@/lib/kernel/config/get-config";
import { getDb } from "@/lib/kernel/db/client";
import { describeError, log } from "@/lib/kernel/log";
import { sendInstanceMail } from "@/lib/accounts/settings/send-instance-mail";

// An app's owner hears of what an administrator decided about the app (ARCHITECTURE.md
// "Administration", "App review"): a suspension (with its reason) and its end, and a review's
// outcome (with the administrator's words on a rejection). Sent after the decision committed; a
// mail server that refuses is logged and undoes nothing. Ownerless apps (registered openly) have
// no one to tell.
const NOTICES = {
  suspended: {
    subject: (app: string) => `Your app ${app} was suspended`,
    intro: (app: string) =>
      `An administrator suspended your app ${app}: it cannot sign anyone in or get tokens, and its tokens were revoked.`,
  },
  unsuspended: {
    subject: (app: string) => `Your app ${app} works again`,
    intro: (app: string) => `An administrator lifted the suspension of your app ${app}: it can sign people in again.`,
  },
  approved: {
    subject: (app: string) => `Your app ${app} was approved`,
    intro: (app: string) => `An administrator reviewed and published your app ${app}: anyone can now use it.`,
  },
  rejected: {
    subject: (app: string) => `Your app ${app} needs changes`,
    intro: (app: string) =>
      `An administrator reviewed your app ${app} and sent it back to Testing: only you and its test users can use it.`,
  },
} as const;
export type AppOwnerNotice = keyof typeof NOTICES;

// Who of a team hears of an administrator's decision: those who may delete or move its apps.
const MANAGERS = rolesAllowed("apps.delete");

/**
 * Mails the owner of `clientId` about `notice` — for a team's app, its owners and admins, who manage
 * it (ARCHITECTURE.md "Teams"); `reason` is the administrator's words, if any.
 */
export async function notifyAppOwner(
  _system: SystemActor,
  clientId: string,
  notice: AppOwnerNotice,
  reason?: string | null,
): Promise<void> {
  try {
    const app = await getDb().client.findUnique({
      where: { id: clientId },
      select: {
        name: true,
        owner: { select: { email: true } },
        team: {
          select: { members: { where: { role: { in: MANAGERS } }, select: { user: { select: { email: true } } } } },
        },
      },
    });
    if (!app) return;
    const { subject, intro } = NOTICES[notice];
    const recipients = app.owner ? [app.owner.email] : (app.team?.members ?? []).map((member) => member.user.email);
    for (const to of recipients) {
      await sendInstanceMail(() => ({
        to,
        subject: subject(app.name),
        intro: intro(app.name),
        ...(reason && { outro: `The administrator wrote: “${reason}”` }),
        action: { label: "Open the app", url: `${getConfig().NINKA_URL}/console/clients/${clientId}` },
      }));
    }
  } catch (error) {
    log.warn("App owner notice could not be mailed", { notice, clientId, error: describeError(error) });
  }
}
