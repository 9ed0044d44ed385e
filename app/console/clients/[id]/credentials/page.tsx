import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AppPage } from "@/components/clients/app-page";
import { SecretsPanel } from "@/components/client-secrets/secrets-panel";
import { RightsNote } from "@/components/teams/rights-note";
import { Card } from "@/components/ui/card";
import { orNotFound, requireOwnClient } from "@/lib/delivery/console-session/require-own-client";
import { isConfidential } from "@/lib/portal/clients/application-types";
import { listSecrets } from "@/lib/portal/client-secrets/list-secrets";

export const metadata: Metadata = { title: "App credentials" };

type Props = { params: Promise<{ id: string }> };

// Public apps (SPA, native) hold no secret: they have no Credentials tab, and its address leads to
// the Overview, which says why. A team's viewers see no secrets, not even their hints.
export default async function ClientCredentialsPage({ params }: Props) {
  const { id } = await params;
  const { actor, client, rights } = await requireOwnClient(id, "/credentials");
  if (!isConfidential(client.application_type)) redirect(`/console/clients/${encodeURIComponent(id)}`);
  const secrets = rights.can["secrets.manage"] ? (await listSecrets(actor, id).catch(orNotFound)).secrets : null;
  return (
    <AppPage actor={actor} client={client} rights={rights} tab="credentials">
      {secrets ? (
        <SecretsPanel clientId={id} secrets={secrets} />
      ) : (
        <Card className="flex flex-col gap-2">
          <h2 className="text-lg font-semibold">Client secrets</h2>
          <RightsNote role={rights.role} team={rights.team} action="secrets.manage" />
        </Card>
      )}
    </AppPage>
  );
}
