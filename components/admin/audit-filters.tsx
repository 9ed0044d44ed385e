import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS } from "@/lib/kernel/audit/audit-actions";

const OPTIONS = [
  { value: "", label: "Any action" },
  ...AUDIT_ACTIONS.map((action) => ({ value: action, label: AUDIT_ACTION_LABELS[action] })),
];

type Filters = { action?: string; actor?: string; client?: string; from?: string; to?: string };

/**
 * The admin audit view's filters: a plain GET form, so a filtered view is a link to share; the
 * same filters export the view as CSV.
 */
export function AuditFilters({ filters }: { filters: Filters }) {
  const { action = "", actor = "", client = "", from = "", to = "" } = filters;
  const active = Object.values(filters).some(Boolean);
  const exportHref = `/admin/audit/export?${new URLSearchParams(
    Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])),
  )}`;
  return (
    <form method="get" className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <SelectField label="Action" name="action" options={OPTIONS} defaultValue={action} />
        <TextField label="Actor (email address or label)" name="actor" defaultValue={actor} autoComplete="off" />
        <TextField label="App (client ID)" name="client" defaultValue={client} autoComplete="off" />
        <TextField label="From (UTC day)" name="from" type="date" defaultValue={from} />
        <TextField label="To (UTC day)" name="to" type="date" defaultValue={to} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary">
          Filter
        </Button>
        {active && (
          <Link href="/admin/audit" className="text-sm font-medium text-brand-600 underline dark:text-brand-100">
            Clear filters
          </Link>
        )}
        <a href={exportHref} className="text-sm font-medium text-brand-600 underline dark:text-brand-100" download>
          Export as CSV
        </a>
      </div>
    </form>
  );
}
