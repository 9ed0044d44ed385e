import Link from "next/link";

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
