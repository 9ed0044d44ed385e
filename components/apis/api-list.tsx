import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { DetailItem } from "@/components/ui/detail-item";
import { EmptyState } from "@/components/ui/empty-state";
import { ListCard, ListCardItem } from "@/components/ui/list-card";
import type { ApiView } from "@/lib/portal/apis/schemas";

const EMPTY_TEXT =
  "Register an API to define the permissions apps may ask for. Ninka then issues tokens your API can check on its own.";

type Props = {
  apis: ApiView[];
  /** The list's name (a team's APIs are named after the team). */
  label?: string;
  /** Where "Register API" leads when there is none yet; null: the person may not register one here. */
  createHref?: string | null;
  /** What the empty list says. */
  emptyText?: string;
};

/** The developer's APIs: name (to its page), identifier, scopes, created. */
export function ApiList({
  apis,
  label = "Your APIs",
  createHref = "/console/apis/new",
  emptyText = EMPTY_TEXT,
}: Props) {
  if (!apis.length) {
    return (
      <EmptyState
        title="No APIs yet"
        action={
          createHref && (
            <Link href={createHref} className={buttonClass("primary")}>
              Register API
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
      {apis.map((api) => (
        <ListCardItem
          key={api.id}
          label={api.name}
          heading={
            <Link
              href={`/console/apis/${api.id}`}
              className="min-w-0 truncate font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100"
            >
              {api.name}
            </Link>
          }
          detailsClassName="grid-cols-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,2fr)_1fr]"
        >
          <DetailItem label="Identifier" className="col-span-2 sm:col-span-1">
            <code className="block truncate font-mono text-slate-800 dark:text-slate-200">{api.identifier}</code>
          </DetailItem>
          <DetailItem label="Scopes">
            <span className="block truncate font-mono text-sm">
              {api.scopes.length ? api.scopes.map((s) => s.value).join(", ") : "None yet"}
            </span>
          </DetailItem>
          <DetailItem label="Created">
            <DateTime value={new Date(api.created_at)} />
          </DetailItem>
        </ListCardItem>
      ))}
    </ListCard>
  );
}
