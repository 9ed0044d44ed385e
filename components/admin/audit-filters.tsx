import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS } from "@/lib/kernel/audit/audit-actions";

const OPTIONS = [
  { value: "", label: "Any action" },
  ...AUDIT_ACTIONS.map((action) => ({ value: action, label: AUDIT_ACTION_LABELS[action] })),
];

type Props = { action?: string; actor?: string; client?: string };

/** The admin audit view's filters: a plain GET form, so a filtered view is a link to share. */
export function AuditFilters({ action = "", actor = "", client = "" }: Props) {
  return (
    <form method="get" className="grid gap-3 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end">
      <SelectField label="Action" name="action" options={OPTIONS} defaultValue={action} />
      <TextField label="Actor (email address or label)" name="actor" defaultValue={actor} autoComplete="off" />
      <TextField label="App (client ID)" name="client" defaultValue={client} autoComplete="off" />
      <Button type="submit" variant="secondary">
        Filter
      </Button>
    </form>
  );
}
