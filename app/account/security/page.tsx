import type { Metadata } from "next";
import { PasskeysSection } from "@/components/account/passkeys-section";
import { SessionsSection } from "@/components/account/sessions-section";
import { TwoStepSection } from "@/components/two-step/two-step-section";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Security" };

export default function SecurityPage() {
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Security" />
      <TwoStepSection />
      <PasskeysSection />
      <SessionsSection />
    </div>
  );
}
