import type { Metadata } from "next";
import { ClientApiAccessCard } from "@/components/apis/client-api-access";
import { AppPage } from "@/components/clients/app-page";
import { DeleteClientButton } from "@/components/clients/delete-client-button";
import { EditClientForm } from "@/components/clients/edit-client-form";
import { Card } from "@/components/ui/card";
import { requireOwnClient } from "@/lib/delivery/console-session/require-own-client";
import { listClientApiAccess } from "@/lib/portal/api-clients/list-client-api-access";
import { listScopeCatalogue } from "@/lib/portal/api-clients/list-scope-catalogue";

export const metadata: Metadata = { title: "App settings" };

type Props = { params: Promise<{ id: string }> };

// The app's registration, its access to APIs, and deleting it, last.
export default async function ClientSettingsPage({ params }: Props) {
  const { id } = await params;
  const { actor, client } = await requireOwnClient(id, "/settings");
  const [apis, apiAccess] = await Promise.all([listScopeCatalogue(actor), listClientApiAccess(actor, id)]);
  return (
    <AppPage actor={actor} client={client} tab="settings">
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-semibold">Settings</h2>
        <EditClientForm client={client} apis={apis} />
      </Card>
      <ClientApiAccessCard access={apiAccess} />
      <Card className="flex flex-col gap-3 border-red-200 dark:border-red-900">
        <h2 className="text-lg font-semibold">Delete this app</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Its client ID and secrets stop working and every token issued to it ends.
        </p>
        <DeleteClientButton clientId={id} name={client.client_name} />
      </Card>
    </AppPage>
  );
}
