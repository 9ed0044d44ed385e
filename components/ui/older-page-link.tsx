import Link from "next/link";
import { buttonClass } from "./button";

/** What a paged list page reads from its address: the cursor of the page shown, and a just-deleted name. */
export type PagedListProps = { searchParams: Promise<{ cursor?: string; deleted?: string }> };

/** "Older …" under a list whose page has more after it (`cursor` is the list's next_cursor); nothing otherwise. */
export function OlderPageLink({ path, cursor, children }: { path: string; cursor: string | null; children: string }) {
  if (!cursor) return null;
  return (
    <Link href={`${path}?cursor=${encodeURIComponent(cursor)}`} className={`${buttonClass("secondary")} self-center`}>
      {children}
    </Link>
  );
}
