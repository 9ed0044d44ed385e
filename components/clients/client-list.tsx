import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { DateTime } from "@/components/ui/date-time";
import { RelativeTime } from "@/components/ui/relative-time";
import { DetailItem } from "@/components/ui/detail-item";
import { EmptyState } from "@/components/ui/empty-state";
import { ListCard, ListCardItem } from "@/components/ui/list-card";
import type { ClientState } from "@/lib/portal/clients/get-client-states";
import type { ClientView } from "@/lib/portal/clients/schemas";
import { isStale, STALE_AFTER_DAYS } from "@/lib/portal/insights/stale";
import { ApplicationTypeBadge } from "./application-type-badge";
import { ClientStateBadges } from "./client-state-badges";
import { RegisteredItselfBadge } from "./registered-itself-badge";

type Props = {
  clients: ClientView[];
  /** Suspension and review state by client ID; an app missing here shows neither. */
  states?: Record<string, ClientState>;
  now?: Date;
  /** The list's name (a team's apps are named after the team). */
  label?: string;
  /** Where "Create app" leads when there is none yet; null: the person may not create one here. */
  createHref?: string | null;
  /** What the empty list says. */
  emptyText?: string;
};

const EMPTY_TEXT =
  "Register an app to get a client ID (and, for server-side apps, a secret) so it can sign people in with Ninka.";

/** The developer's apps: name (to its page), type, state, client ID to copy, created, last used. */
export function ClientList({
  clients,
  states = {},
  now = new Date(),
  label = "Your apps",
  createHref = "/console/clients/new",
  emptyText = EMPTY_TEXT,
}: Props) {
  if (!clients.length) {
    return (
      <EmptyState
        title="No apps yet"
        action={
          createHref && (
            <Link href={createHref} className={buttonClass("primary")}>
              Create app
            </Link>
          )
        }
      >
        {emptyText}
      </EmptyState>
    );
  }
  return (
    <ListCard label={label}>
      {clients.map((client) => (
        <ListCardItem
          key={client.client_id}
          label={client.client_name}
          heading={
            <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1">
              <Link
                href={`/console/clients/${client.client_id}`}
                className="min-w-0 truncate font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100"
              >
                {client.client_name}
              </Link>
              <ApplicationTypeBadge type={client.application_type} />
              <RegisteredItselfBadge client={client} />
              <ClientStateBadges state={states[client.client_id]} />
              {isStale(client, now) && <Badge tone="warning">Not used in {STALE_AFTER_DAYS} days</Badge>}
            </div>
          }
          detailsClassName="grid-cols-2 sm:grid-cols-[minmax(0,2fr)_1fr_1fr]"
        >
          <DetailItem label="Client ID" className="col-span-2 sm:col-span-1">
            <span className="flex items-center gap-2">
              <code className="min-w-0 truncate font-mono text-slate-800 dark:text-slate-200">{client.client_id}</code>
              <CopyButton
                value={client.client_id}
                label="Copy"
                srSuffix={`client ID of ${client.client_name}`}
                className="px-2.5 py-1"
              />
            </span>
          </DetailItem>
          <DetailItem label="Created">
            <DateTime value={new Date(client.created_at)} />
          </DetailItem>
          <DetailItem label="Last used">
            {client.last_used_at ? <RelativeTime value={client.last_used_at} /> : "Never"}
          </DetailItem>
        </ListCardItem>
      ))}
    </ListCard>
  );
}
