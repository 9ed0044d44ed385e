import Link from "next/link";
import { RelativeTime } from "@/components/ui/relative-time";
import { EmptyState } from "@/components/ui/empty-state";
import { AUDIT_ACTION_LABELS } from "@/lib/kernel/audit/audit-actions";
import type { AuditEventView } from "@/lib/kernel/audit/schemas";
import { EventDetails } from "./event-details";

/** An event, with (in the administrator's view) the account and the app it is about, by name. */
type Event = AuditEventView & { account?: string | null; account_id?: string | null; app?: string | null };

type Props = {
  label: string;
  events: Event[];
  /** Where the next page is, if there is one. */
  olderHref?: string | null;
  emptyText: string;
  /** Show which app each event belongs to (the admin view and account activity). */
  showApp?: boolean;
  /** The administrator's view: the account and the app link to their admin pages. */
  adminLinks?: boolean;
};

const linkClass = "text-brand-700 underline underline-offset-2 dark:text-brand-100";

/** Audit events, newest first: what, who, when, from where (for one's own actions) and what changed. */
export function EventList({ label, events, olderHref, emptyText, showApp = false, adminLinks = false }: Props) {
  if (events.length === 0) return <EmptyState title="No activity yet">{emptyText}</EmptyState>;
  return (
    <div className="flex flex-col gap-3">
      <ol
        aria-label={label}
        className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
      >
        {events.map((event) => (
          <li key={event.id} className="flex flex-col gap-1 p-4 text-sm">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
              <p className="font-medium">{AUDIT_ACTION_LABELS[event.action]}</p>
              <p className="text-slate-600 dark:text-slate-400">
                <RelativeTime value={event.created_at} />
              </p>
            </div>
            {/* Long emails break where they must; an address never in the middle of a number. */}
            <p className="break-words text-slate-700 dark:text-slate-300">
              By {event.actor.label}
              {event.ip && (
                <span className="text-slate-600 dark:text-slate-400">
                  {" "}
                  · from <span className="whitespace-nowrap">{event.ip}</span>
                </span>
              )}
            </p>
            {(event.account || (showApp && event.client_id)) && (
              <p className="break-all text-slate-600 dark:text-slate-400">
                {event.account && (
                  <>
                    Account{" "}
                    {adminLinks && event.account_id ? (
                      <Link href={`/admin/users/${encodeURIComponent(event.account_id)}`} className={linkClass}>
                        {event.account}
                      </Link>
                    ) : (
                      event.account
                    )}
                  </>
                )}
                {event.account && showApp && event.client_id && " · "}
                {showApp && event.client_id && (
                  <>
                    App{" "}
                    {adminLinks && event.app ? (
                      <Link href={`/admin/apps/${encodeURIComponent(event.client_id)}`} className={linkClass}>
                        {event.app}
                      </Link>
                    ) : (
                      (event.app ?? event.client_id)
                    )}
                  </>
                )}
              </p>
            )}
            <EventDetails details={event.details} />
          </li>
        ))}
      </ol>
      {olderHref && (
        <Link
          href={olderHref}
          className="self-start text-sm font-medium text-brand-600 underline-offset-4 hover:underline dark:text-brand-100"
        >
          Older events
        </Link>
      )}
    </div>
  );
}
