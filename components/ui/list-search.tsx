import { Button } from "./button";
import { SelectField } from "./select-field";
import { TextField } from "./text-field";

type Props = { q?: string; label: string; status?: { value: string; options: Record<string, string> } };

/** The search (and filter) of a list: a GET form, so a result is a link. */
export function ListSearch({ q = "", label, status }: Props) {
  return (
    <form method="get" className="grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end">
      <TextField label={label} name="q" type="search" defaultValue={q} autoComplete="off" />
      {status && (
        <SelectField
          label="Status"
          name="status"
          defaultValue={status.value}
          options={Object.entries(status.options).map(([value, text]) => ({ value, label: text }))}
        />
      )}
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </form>
  );
}
