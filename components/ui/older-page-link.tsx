import Link from "next/link";
import { buttonClass } from "./button";

/** What a paged list page reads from its address: the cursor of the page shown, and a just-deleted name. */
export type PagedListProps = { searchParams: Promise<{ cursor?: string; deleted?: string; q?: string }> };

/** "Older …" under a list whose page has more after it (`cursor` is the list's next_cursor); nothing otherwise. */
export function OlderPageLink({
  path,
  cursor,
  query = {},
  children,
}: {
  path: string;
  cursor: string | null;
  /** What else the list's address keeps from page to page (a search). */
  query?: Record<string, string | undefined>;
  children: string;
}) {
  if (!cursor) return null;
  const kept = Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1]));
  return (
    <Link
      href={`${path}?${new URLSearchParams([...kept, ["cursor", cursor]])}`}
      className={`${buttonClass("secondary")} self-center`}
    >
      {children}
    </Link>
  );
}
