import Link from "next/link";

type Props = { current: string; options: { value: string; label: string; href: string }[] };

const base =
  "rounded-full px-3 py-1 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500";
const chosen = `${base} bg-brand-600 text-white`;
const other = `${base} border border-slate-300 text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800`;

/**
 * /admin/apps' filter by who made an app (all, or those that registered themselves): links, so it
 * is server-rendered, works without JavaScript and is reached with Tab; the current one is marked.
 */
export function AppOriginFilter({ current, options }: Props) {
  return (
    <nav aria-label="Made by" className="flex flex-wrap gap-2 text-sm">
      {options.map(({ value, label, href }) => (
        <Link
          key={value}
          href={href}
          aria-current={value === current ? "page" : undefined}
          className={value === current ? chosen : other}
        >
          {label}
        </Link>
      ))}
    </nav>
  );
}
