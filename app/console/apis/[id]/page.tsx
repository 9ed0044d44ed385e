import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApiClientApprovals } from "@/components/apis/api-client-approvals";
import { ApiForm } from "@/components/apis/api-form";
import { appsHolding } from "@/components/apis/affected-apps";
import { DeleteApiButton } from "@/components/apis/delete-api-button";
import { ProtectedResourceMetadataCard } from "@/components/apis/protected-resource-metadata-card";
import { TokenValidation } from "@/components/apis/token-validation";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageLayout } from "@/components/ui/page-layout";
import { findApiClients } from "@/lib/portal/api-clients/find-api-clients";
import { getApi } from "@/lib/portal/apis/get-api";
import { describeProtectedResource } from "@/lib/portal/apis/protected-resource-metadata";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { isDomainError } from "@/lib/kernel/errors";
import { getIssuerEndpoints } from "@/lib/provider/oidc/endpoints";

export const metadata: Metadata = { title: "API settings" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

// Another developer's API reads as missing, as in the REST API.
const orNotFound = (error: unknown): never => {
  if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
  throw error;
};

export default async function ApiPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireSessionActor(`/console/apis/${encodeURIComponent(id)}`);
  const [api, access] = await Promise.all([getApi(actor, id), findApiClients(actor, id)]).catch(orNotFound);
  const { issuer, jwksUri } = getIssuerEndpoints();
  return (
    <PageLayout
      title={api.name}
      back={{ href: "/console/apis", label: "APIs" }}
      description={api.description || undefined}
    >
      {(await searchParams).created && (
        <Alert tone="success">“{api.name}” is registered. Apps can now ask for its scopes.</Alert>
      )}
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-semibold">Validate its tokens</h2>
        <TokenValidation
          issuer={issuer}
          jwksUri={jwksUri}
          audience={api.identifier}
          scope={api.scopes[0]?.value ?? "your.scope"}
        />
      </Card>
      <ProtectedResourceMetadataCard {...describeProtectedResource(api)} />
      <Card className="flex flex-col gap-4">
        <h2 id="machine-access" className="scroll-mt-4 text-lg font-semibold">
          Machine-to-machine access
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Apps that call this API as themselves (client credentials) get tokens only for the scopes you approve.
        </p>
        <ApiClientApprovals apiId={api.id} clients={access.clients} scopes={api.scopes} />
      </Card>
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-semibold">Settings</h2>
        <ApiForm api={api} holders={access.holding} />
      </Card>
      <Card className="flex flex-col gap-3 border-red-200 dark:border-red-900">
        <h2 className="text-lg font-semibold">Delete this API</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">Its scopes stop working for every app at once.</p>
        <DeleteApiButton apiId={api.id} name={api.name} affected={appsHolding(access.holding)} />
      </Card>
    </PageLayout>
  );
}
