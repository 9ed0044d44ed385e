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

/** Previous / next page links of an admin list. */
export function AdminPager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link className="font-medium text-brand-600 hover:underline dark:text-brand-100" href={href(page - 1)}>
          Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-600 dark:text-slate-400">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link className="font-medium text-brand-600 hover:underline dark:text-brand-100" href={href(page + 1)}>
          Next
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
