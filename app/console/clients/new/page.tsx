import type { Metadata } from "next";
import { VerifyEmailNotice } from "@/components/account/verify-email-notice";
import { NewClientForm } from "@/components/clients/new-client-form";
import { Card } from "@/components/ui/card";
import { PageLayout } from "@/components/ui/page-layout";
import { listScopeCatalogue } from "@/lib/portal/api-clients/list-scope-catalogue";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { getUserById } from "@/lib/accounts/users/get-user";

export const metadata: Metadata = { title: "Create an app" };

export default async function NewClientPage() {
  const actor = await requireSessionActor("/console/clients/new");
  const [apis, user] = await Promise.all([listScopeCatalogue(actor), getUserById(actor.id)]);
  return (
    <PageLayout
      title="Create an app"
      back={{ href: "/console", label: "Apps" }}
      description="Register an app to let it sign people in with their Ninka account. You can change everything but its type later."
    >
      <Card>{user?.emailVerifiedAt ? <NewClientForm apis={apis} /> : <VerifyEmailNotice email={actor.email} />}</Card>
    </PageLayout>
  );
}
