import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClientApiAccessCard } from "@/components/apis/client-api-access";
import { AppActivityCard } from "@/components/audit/app-activity-card";
import { AppUsageCard } from "@/components/insights/app-usage-card";
import { ApplicationTypeBadge } from "@/components/clients/application-type-badge";
import { ClientOverview } from "@/components/clients/client-overview";
import { RegisteredItselfBadge } from "@/components/clients/registered-itself-badge";
import { DeleteClientButton } from "@/components/clients/delete-client-button";
import { EditClientForm } from "@/components/clients/edit-client-form";
import { SecretsPanel } from "@/components/client-secrets/secrets-panel";
import { ReviewPanel } from "@/components/reviews/review-panel";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageLayout } from "@/components/ui/page-layout";
import { listClientApiAccess } from "@/lib/portal/api-clients/list-client-api-access";
import { listScopeCatalogue } from "@/lib/portal/api-clients/list-scope-catalogue";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { isConfidential } from "@/lib/portal/clients/application-types";
import { getClient } from "@/lib/portal/clients/get-client";
import { getClientSuspension } from "@/lib/portal/clients/get-client-suspension";
import { listSecrets } from "@/lib/portal/client-secrets/list-secrets";
import { isDomainError } from "@/lib/kernel/errors";
import { getAppReview } from "@/lib/portal/reviews/get-app-review";
import { getIssuerEndpoints } from "@/lib/provider/oidc/endpoints";

export const metadata: Metadata = { title: "App settings" };

type Props = { params: Promise<{ id: string }> };

// Another developer's app reads as missing, as in the REST API.
const orNotFound = (error: unknown): never => {
  if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
  throw error;
};

export default async function ClientPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireSessionActor(`/console/clients/${encodeURIComponent(id)}`);
  const client = await getClient(actor, id).catch(orNotFound);
  const apis = await listScopeCatalogue(actor);
  const [suspension, review, apiAccess] = await Promise.all([
    getClientSuspension(actor, id),
    getAppReview(actor, id),
    listClientApiAccess(actor, id),
  ]);
  const credentials = isConfidential(client.application_type) ? await listSecrets(actor, id).catch(orNotFound) : null;
  return (
    <PageLayout
      title={client.client_name}
      back={{ href: "/console", label: "Apps" }}
      aside={
        <>
          <ApplicationTypeBadge type={client.application_type} />
          <RegisteredItselfBadge client={client} />
        </>
      }
    >
      {suspension && (
        <Alert tone="error">
          An administrator suspended this app: it cannot sign anyone in or get tokens. Reason: {suspension.reason}
        </Alert>
      )}
      <ClientOverview client={client} endpoints={getIssuerEndpoints()} />
      <ReviewPanel clientId={id} review={review} />
      {credentials && <SecretsPanel clientId={id} secrets={credentials.secrets} />}
      <ClientApiAccessCard access={apiAccess} />
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-semibold">Settings</h2>
        <EditClientForm client={client} apis={apis} />
      </Card>
      <AppUsageCard actor={actor} clientId={id} />
      <AppActivityCard actor={actor} clientId={id} />
      <Card className="flex flex-col gap-3 border-red-200 dark:border-red-900">
        <h2 className="text-lg font-semibold">Delete this app</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Its client ID and secrets stop working and every token issued to it ends.
        </p>
        <DeleteClientButton clientId={id} name={client.client_name} />
      </Card>
    </PageLayout>
  );
}
