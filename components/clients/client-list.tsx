import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { DateTime } from "@/components/ui/date-time";
import { DetailItem } from "@/components/ui/detail-item";
import type { ClientView } from "@/lib/clients/schemas";
import { ApplicationTypeBadge } from "./application-type-badge";

/** The developer's apps: name (to its page), type, client ID to copy, created, last used. */
export function ClientList({ clients }: { clients: ClientView[] }) {
  if (!clients.length) return <EmptyState />;
  return (
    <ul aria-label="Your apps" className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
      {clients.map((client) => (
        <li key={client.client_id} aria-label={client.client_name} className="flex flex-col gap-3 p-4 sm:p-5">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <Link
              href={`/console/clients/${client.client_id}`}
              className="min-w-0 truncate font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100"
            >
              {client.client_name}
            </Link>
            <ApplicationTypeBadge type={client.application_type} />
          </div>
          <dl className="grid grid-cols-2 gap-x-6 gap-y-3 text-sm sm:grid-cols-[minmax(0,2fr)_1fr_1fr]">
            <DetailItem label="Client ID" className="col-span-2 sm:col-span-1">
              <span className="flex items-center gap-2">
                <code className="min-w-0 truncate font-mono text-slate-800 dark:text-slate-200">{client.client_id}</code>
                <CopyButton value={client.client_id} label="Copy" srSuffix={`client ID of ${client.client_name}`} className="px-2.5 py-1" />
              </span>
            </DetailItem>
            <DetailItem label="Created">
              <DateTime value={new Date(client.created_at)} />
            </DetailItem>
            <DetailItem label="Last used">{client.last_used_at ? <DateTime value={new Date(client.last_used_at)} /> : "Never"}</DetailItem>
          </dl>
        </li>
      ))}
    </ul>
  );
}


function EmptyState() {
  return (
    <div className="flex flex-col items-center rounded-lg border border-dashed border-slate-300 px-6 py-12 text-center dark:border-slate-700">
      <p className="font-medium">No apps yet</p>
      <p className="mt-1 max-w-md text-sm text-slate-600 dark:text-slate-400">
        Register an app to get a client ID (and, for server-side apps, a secret) so it can sign people in with Ninka.
      </p>
      <Link href="/console/clients/new" className={`${buttonClass("primary")} mt-5`}>
        Create app
      </Link>
    </div>
  );
}
