import type { Metadata } from "next";
import { VerifyEmailNotice } from "@/components/account/verify-email-notice";
import { ApiForm } from "@/components/apis/api-form";
import { Card } from "@/components/ui/card";
import { PageLayout } from "@/components/ui/page-layout";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { getUserById } from "@/lib/accounts/users/get-user";

export const metadata: Metadata = { title: "Register an API" };

export default async function NewApiPage() {
  const actor = await requireSessionActor("/console/apis/new");
  const user = await getUserById(actor.id);
  return (
    <PageLayout
      title="Register an API"
      back={{ href: "/console/apis", label: "APIs" }}
      description="Name your API and the permissions apps may ask for. People see them on the consent screen; your API checks them in each token."
    >
      <Card>{user?.emailVerifiedAt ? <ApiForm /> : <VerifyEmailNotice email={actor.email} what="api" />}</Card>
    </PageLayout>
  );
}
