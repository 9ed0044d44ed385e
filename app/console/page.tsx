import type { Metadata } from "next";
import { ClientList } from "@/components/clients/client-list";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { ListSearch } from "@/components/ui/list-search";
import { OlderPageLink, type PagedListProps } from "@/components/ui/older-page-link";
import { PageLayout } from "@/components/ui/page-layout";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { getClientStates } from "@/lib/portal/clients/get-client-states";
import { listClientsOrRefusal } from "@/lib/portal/clients/list-clients";

export const metadata: Metadata = { title: "Apps" };

// `team_deleted`, `team_left`: where deleting or leaving a team lands (lib/delivery/actions/team-actions.ts, team-member-actions.ts).
type Props = {
  searchParams: Promise<Awaited<PagedListProps["searchParams"]> & { team_deleted?: string; team_left?: string }>;
};

export default async function ConsoleHomePage({ searchParams }: Props) {
  const actor = await requireSessionActor("/console");
  const { cursor, deleted, q, team_deleted, team_left } = await searchParams;
  const { clients, next_cursor, refusal } = await listClientsOrRefusal(actor, { limit: 50, cursor, q });
  const states = await getClientStates(
    actor,
    clients.map((client) => client.client_id),
  );
  const searched = Boolean(q || refusal);
  return (
    <PageLayout
      title={`Welcome, ${actor.name}`}
      description="Register the apps that sign their users in with Ninka."
      actionLink={(clients.length > 0 || searched) && { href: "/console/clients/new", label: "Create app" }}
    >
      {deleted && <Alert tone="success">“{deleted}” was deleted, with its secrets and tokens.</Alert>}
      {team_deleted && <Alert tone="success">The team “{team_deleted}” was deleted.</Alert>}
      {team_left && <Alert tone="success">You left the team “{team_left}”; its apps and APIs stay with it.</Alert>}
      <section aria-labelledby="apps-heading" className="flex flex-col gap-3">
        <h2 id="apps-heading" className="text-lg font-semibold">
          Your apps
        </h2>
        {(clients.length > 0 || searched) && (
          <ListSearch q={q} label="Find an app by the start of its name or its client ID" />
        )}
        {refusal && <Alert tone="error">{refusal}</Alert>}
        {searched && clients.length === 0 ? (
          <EmptyState title="No apps match">
            Try the start of the app&apos;s name as it is written, or its client ID.
          </EmptyState>
        ) : (
          <ClientList clients={clients} states={states} />
        )}
        <OlderPageLink path="/console" cursor={next_cursor} query={{ q }}>
          Older apps
        </OlderPageLink>
      </section>
    </PageLayout>
  );
}
