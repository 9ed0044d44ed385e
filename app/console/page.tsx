import type { Metadata } from "next";
import { ClientList } from "@/components/clients/client-list";
import { Alert } from "@/components/ui/alert";
import { OlderPageLink, type PagedListProps } from "@/components/ui/older-page-link";
import { PageLayout } from "@/components/ui/page-layout";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { getClientStates } from "@/lib/portal/clients/get-client-states";
import { listClients } from "@/lib/portal/clients/list-clients";

export const metadata: Metadata = { title: "Apps" };

export default async function ConsoleHomePage({ searchParams }: PagedListProps) {
  const actor = await requireSessionActor("/console");
  const { cursor, deleted } = await searchParams;
  const { clients, next_cursor } = await listClients(actor, { limit: 50, cursor });
  const states = await getClientStates(
    actor,
    clients.map((client) => client.client_id),
  );
  return (
    <PageLayout
      title={`Welcome, ${actor.name}`}
      description="Register the apps that sign their users in with Ninka."
      actionLink={clients.length > 0 && { href: "/console/clients/new", label: "Create app" }}
    >
      {deleted && <Alert tone="success">“{deleted}” was deleted, with its secrets and tokens.</Alert>}
      <section aria-labelledby="apps-heading" className="flex flex-col gap-3">
        <h2 id="apps-heading" className="text-lg font-semibold">
          Your apps
        </h2>
        <ClientList clients={clients} states={states} />
        <OlderPageLink path="/console" cursor={next_cursor}>
          Older apps
        </OlderPageLink>
      </section>
    </PageLayout>
  );
}
