import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";

type Props = { q?: string; label: string; status?: { value: string; options: Record<string, string> } };

/** The search (and filter) of an admin list: a GET form, so a result is a link. */
export function AdminSearch({ q = "", label, status }: Props) {
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

/**
 * The links of an admin list paged by cursor (ARCHITECTURE.md "Scale"): back to the newest, and on
 * to the next page while there is one.
 */
export function AdminPager({ firstHref, nextHref }: { firstHref: string | null; nextHref: string | null }) {
  if (!firstHref && !nextHref) return null;
  const link = "font-medium text-brand-600 hover:underline dark:text-brand-100";
  return (
    <nav aria-label="Pages" className="flex items-center justify-between text-sm">
      {firstHref ? (
        <Link className={link} href={firstHref}>
          Newest
        </Link>
      ) : (
        <span />
      )}
      {nextHref ? (
        <Link className={link} href={nextHref}>
          Next page
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
