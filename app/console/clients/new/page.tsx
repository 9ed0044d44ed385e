import type { Metadata } from "next";
import { NewClientForm } from "@/components/clients/new-client-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listScopeCatalogue } from "@/lib/api-clients/list-scope-catalogue";
import { requireSessionActor } from "@/lib/auth/session-user";

export const metadata: Metadata = { title: "Create an app" };

export default async function NewClientPage() {
  const actor = await requireSessionActor("/console/clients/new");
  const apis = await listScopeCatalogue(actor);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Create an app"
        back={{ href: "/console", label: "Apps" }}
        description="Register an app to let it sign people in with their Ninka account. You can change everything but its type later."
      />
      <Card>
        <NewClientForm apis={apis} />
      </Card>
    </div>
  );
}
