import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AppPage } from "@/components/clients/app-page";
import { SecretsPanel } from "@/components/client-secrets/secrets-panel";
import { orNotFound, requireOwnClient } from "@/lib/delivery/console-session/require-own-client";
import { isConfidential } from "@/lib/portal/clients/application-types";
import { listSecrets } from "@/lib/portal/client-secrets/list-secrets";

export const metadata: Metadata = { title: "App credentials" };

type Props = { params: Promise<{ id: string }> };

// Public apps (SPA, native) hold no secret: they have no Credentials tab, and its address leads to
// the Overview, which says why.
export default async function ClientCredentialsPage({ params }: Props) {
  const { id } = await params;
  const { actor, client } = await requireOwnClient(id, "/credentials");
  if (!isConfidential(client.application_type)) redirect(`/console/clients/${encodeURIComponent(id)}`);
  const { secrets } = await listSecrets(actor, id).catch(orNotFound);
  return (
    <AppPage actor={actor} client={client} tab="credentials">
      <SecretsPanel clientId={id} secrets={secrets} />
    </AppPage>
  );
}
