import type { Metadata } from "next";
import { AppReviewForm } from "@/components/admin/app-review-form";
import { ClientIdDocumentsForm } from "@/components/admin/client-id-documents-form";
import { DcrPolicyForm } from "@/components/admin/dcr-policy-form";
import { InstanceNameCard } from "@/components/admin/instance-name-card";
import { InvitationList } from "@/components/admin/invitation-list";
import { InviteForm } from "@/components/admin/invite-form";
import { SignUpPolicyForm } from "@/components/admin/sign-up-policy-form";
import { Card } from "@/components/ui/card";
import { PageLayout } from "@/components/ui/page-layout";
import { requireAdminActor } from "@/lib/delivery/console-session/session-user";
import { getAppReviewSetting } from "@/lib/accounts/settings/app-review-setting";
import { getDcrPolicy } from "@/lib/accounts/settings/dcr-policy";
import { getClientIdDocumentSetting } from "@/lib/accounts/settings/client-id-documents-setting";
import { getInstanceNameSetting } from "@/lib/accounts/settings/instance-name";
import { getSignUpPolicy } from "@/lib/accounts/settings/get-sign-up-policy";
import { listPendingInvitations } from "@/lib/accounts/settings/list-invitations";
import { durationWords } from "@/lib/kernel/time/durations";
import { LIFETIMES } from "@/lib/kernel/time/lifetimes";

export const metadata: Metadata = { title: "Settings · Administration" };

export default async function AdminSettingsPage() {
  const actor = await requireAdminActor(); // layouts do not guard a page rendered on its own
  const [policy, invitations, review, dcr, documents, instanceName] = await Promise.all([
    getSignUpPolicy(),
    listPendingInvitations(actor),
    getAppReviewSetting(),
    getDcrPolicy(),
    getClientIdDocumentSetting(),
    getInstanceNameSetting(),
  ]);
  return (
    <PageLayout
      title="Settings"
      description="Who can create an account on this Ninka, invitations, app review, and apps that register themselves."
      back={{ href: "/admin", label: "Administration" }}
    >
      <InstanceNameCard name={instanceName.name} host={instanceName.host} />
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Sign-up</h2>
        <SignUpPolicyForm policy={policy} />
      </Card>
      <Card className="flex flex-col gap-4">
        <div>
          <h2 className="text-lg font-semibold">Invitations</h2>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            An invitation lets one person create an account with the invited address, whatever the sign-up policy. The
            link works once, for {durationWords(LIFETIMES.invitation)}.
          </p>
        </div>
        <InviteForm />
        <InvitationList invitations={invitations} />
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">App review</h2>
        <AppReviewForm enabled={review.enabled} />
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Dynamic client registration</h2>
        <DcrPolicyForm mode={dcr.mode} />
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Client ID metadata documents</h2>
        <ClientIdDocumentsForm setting={documents} />
      </Card>
    </PageLayout>
  );
}
