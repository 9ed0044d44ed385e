import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { PageLayout } from "@/components/ui/page-layout";
import type { Actor } from "@/lib/kernel/actors/actor";
import { isConfidential } from "@/lib/portal/clients/application-types";
import { getClientSuspension } from "@/lib/portal/clients/get-client-suspension";
import type { ClientView } from "@/lib/portal/clients/schemas";
import { ApplicationTypeBadge } from "./application-type-badge";
import { AppTabs, type AppTab } from "./app-tabs";
import { RegisteredItselfBadge } from "./registered-itself-badge";

type Props = { actor: Actor; client: ClientView; tab: AppTab; children: ReactNode };

/** Every tab of an app's page: its name and badges, a suspension if any, the tabs, then the tab itself. */
export async function AppPage({ actor, client, tab, children }: Props) {
  const suspension = await getClientSuspension(actor, client.client_id);
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
      <AppTabs clientId={client.client_id} current={tab} confidential={isConfidential(client.application_type)} />
      {children}
    </PageLayout>
  );
}
