import Link from "next/link";

const MORE_LINK = "text-sm font-medium text-brand-600 underline-offset-4 hover:underline dark:text-brand-100";

/** An activity list's heading, with a link to the whole of it when there is more than shown. */
export function ActivityHeading({
  id,
  title,
  more,
}: {
  id?: string;
  title: string;
  more?: { href: string; label: string } | false | null;
}) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-2">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {more && (
        <Link href={more.href} className={MORE_LINK}>
          {more.label}
        </Link>
      )}
    </div>
  );
}
