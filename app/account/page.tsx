import type { Metadata } from "next";
import { PasswordHint } from "@/components/sign-in/password-hint";
import { ChangeEmailForm } from "@/components/account/change-email-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { PendingEmailChange } from "@/components/account/pending-email-change";
import { ProfileForm } from "@/components/account/profile-form";
import { SecurityLinkCard } from "@/components/account/security-link-card";
import { ChangePasswordForm } from "@/components/console/change-password-form";
import { Card } from "@/components/ui/card";
import { PageLayout } from "@/components/ui/page-layout";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { hasRecentSignIn } from "@/lib/accounts/sessions/step-up";
import { listAppsDeletedWithAccount, listTeamsBlockingDeletion } from "@/lib/accounts/users/delete-account";
import { getPendingEmailChange } from "@/lib/accounts/users/pending-email-change";

export const metadata: Metadata = { title: "Profile" };

export default async function AccountPage() {
  const actor = await requireSessionActor("/account");
  const [ownedApps, lastOwned, pending, recent] = await Promise.all([
    listAppsDeletedWithAccount(actor),
    listTeamsBlockingDeletion(actor),
    getPendingEmailChange(actor),
    hasRecentSignIn(actor),
  ]);
  return (
    <PageLayout title="Profile">
      <Card>
        <h2 className="text-lg font-semibold">Profile</h2>
        <div className="mt-4">
          <ProfileForm name={actor.name} />
        </div>
        <dl className="mt-6 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="font-medium text-slate-600 dark:text-slate-400">Email</dt>
          <dd className="break-all">{actor.email}</dd>
        </dl>
        <h3 className="mt-6 mb-3 font-medium">Change email address</h3>
        {pending ? (
          <PendingEmailChange email={pending.email} expiresAt={pending.expiresAt} />
        ) : (
          <ChangeEmailForm recent={recent} />
        )}
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">Change password</h2>
        <p className="mt-1 mb-4 text-sm text-slate-600 dark:text-slate-400">
          Changing it signs you out of Ninka on every other device.
        </p>
        <ChangePasswordForm passwordHint={<PasswordHint />} />
      </Card>
      <SecurityLinkCard />
      <Card>
        <h2 className="text-lg font-semibold">Delete account</h2>
        <p className="mt-1 mb-4 text-sm text-slate-600 dark:text-slate-400">
          Deletes your account for good: your sessions, connected apps&apos; access, personal access tokens, APIs and
          the apps you own.
        </p>
        <DeleteAccountForm apps={ownedApps} lastOwned={lastOwned} email={actor.email} recent={recent} />
      </Card>
    </PageLayout>
  );
}
