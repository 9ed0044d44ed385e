import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { PageLayout } from "@/components/ui/page-layout";
import type { Actor } from "@/lib/kernel/actors/actor";
import { isConfidential } from "@/lib/portal/clients/application-types";
import { getClientSuspension } from "@/lib/portal/clients/get-client-suspension";
import type { OwnerRights } from "@/lib/kernel/actors/team-permissions";
import type { ClientView } from "@/lib/portal/clients/schemas";
import { OwnedBy } from "@/components/teams/owned-by";
import { ApplicationTypeBadge } from "./application-type-badge";
import { AppTabs, type AppTab } from "./app-tabs";
import { RegisteredItselfBadge } from "./registered-itself-badge";

type Props = { actor: Actor; client: ClientView; rights: OwnerRights; tab: AppTab; children: ReactNode };

/**
 * Every tab of an app's page: its name and badges, the team owning it (with the member's role),
 * a suspension if any, the tabs, then the tab itself.
 */
export async function AppPage({ actor, client, rights, tab, children }: Props) {
  const suspension = await getClientSuspension(actor, client.client_id);
  return (
    <PageLayout
      title={client.client_name}
      back={
        rights.team
          ? { href: `/console/teams/${encodeURIComponent(rights.team.id)}`, label: rights.team.name }
          : { href: "/console", label: "Apps" }
      }
      description={rights.team && <OwnedBy team={rights.team} role={rights.role} />}
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
      <AppTabs clientId={client.client_id} current={tab} confidential={isConfidential(client.application_type)} />
      {children}
    </PageLayout>
  );
}
