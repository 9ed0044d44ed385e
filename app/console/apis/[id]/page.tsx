import type { Metadata } from "next";
import { ApiMachineAccessCard } from "@/components/apis/api-machine-access-card";
import { ApiOwnerCards } from "@/components/apis/api-owner-cards";
import { appsHolding } from "@/components/apis/affected-apps";
import { ProtectedResourceMetadataCard } from "@/components/apis/protected-resource-metadata-card";
import { TokenValidation } from "@/components/apis/token-validation";
import { OwnedBy } from "@/components/teams/owned-by";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageLayout } from "@/components/ui/page-layout";
import { findApiClients } from "@/lib/portal/api-clients/find-api-clients";
import { getApi } from "@/lib/portal/apis/get-api";
import { getApiRights } from "@/lib/portal/apis/get-api-rights";
import { describeProtectedResource } from "@/lib/portal/apis/protected-resource-metadata";
import { listTeams } from "@/lib/portal/teams/list-teams";
import { orNotFound } from "@/lib/delivery/console-session/require-own-client";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { getIssuerEndpoints } from "@/lib/provider/oidc/endpoints";

export const metadata: Metadata = { title: "API settings" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

// Another developer's API reads as missing, as in the REST API; a team's shows what the role allows.
export default async function ApiPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireSessionActor(`/console/apis/${encodeURIComponent(id)}`);
  const [api, access, rights] = await Promise.all([
    getApi(actor, id),
    findApiClients(actor, id),
    getApiRights(actor, id),
  ]).catch(orNotFound);
  const { teams } = await listTeams(actor, { limit: 100 });
  const { issuer, jwksUri } = getIssuerEndpoints();
  const team = rights.team;
  return (
    <PageLayout
      title={api.name}
      back={
        team
          ? { href: `/console/teams/${encodeURIComponent(team.id)}/apis`, label: team.name }
          : { href: "/console/apis", label: "APIs" }
      }
      description={team ? <OwnedBy team={team} role={rights.role} /> : api.description || undefined}
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
      <ApiMachineAccessCard api={api} clients={access.clients} rights={rights} />
      <ApiOwnerCards
        api={api}
        holders={access.holding}
        affected={appsHolding(access.holding)}
        rights={rights}
        teams={teams}
      />
    </PageLayout>
  );
}
