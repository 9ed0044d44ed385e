import type { Metadata } from "next";
import { PasskeysSection } from "@/components/account/passkeys-section";
import { LinkedIdentitiesSection } from "@/components/account/linked-identities-section";
import { SessionsSection } from "@/components/account/sessions-section";
import { StepUpNotice } from "@/components/account/step-up-notice";
import { TwoStepSection } from "@/components/two-step/two-step-section";
import { PageLayout } from "@/components/ui/page-layout";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { hasRecentSignIn } from "@/lib/accounts/sessions/step-up";
import { durationWords } from "@/lib/kernel/time/durations";
import { LIFETIMES } from "@/lib/kernel/time/lifetimes";

export const metadata: Metadata = { title: "Security" };

export default async function SecurityPage() {
  const recent = await hasRecentSignIn(await requireSessionActor("/account/security"));
  return (
    <PageLayout title="Security" description="How you sign in to Ninka, and where you are signed in.">
      {!recent && (
        <StepUpNotice returnTo="/account/security">
          To change two-step sign-in or passkeys, confirm it&apos;s you first: sign in again, then you have{" "}
          {durationWords(LIFETIMES.stepUp)}.
        </StepUpNotice>
      )}
      <TwoStepSection />
      <PasskeysSection />
      <LinkedIdentitiesSection />
      <SessionsSection />
    </PageLayout>
  );
}
