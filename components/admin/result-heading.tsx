import Link from "next/link";
import type { ReactNode } from "react";

type Props = {
  name: string;
  /** How the name wraps: an app's name between words, a user's name anywhere. */
  nameBreak: "break-words" | "break-all";
  /** The result's admin page (/admin/apps/[clientId], /admin/users/[userId]): the name links there. */
  href: string;
  /** Status badges after the name. */
  badges: ReactNode;
  /** The line under the name that identifies the result: an app's client ID (monospace), a user's email. */
  detail: string;
  mono?: boolean;
};

/**
 * The heading of an administrator's search result (/admin/apps, /admin/users). An email stays on
 * one line, cut with an ellipsis (whole in its tooltip and on the user's page), so a phone does
 * not wrap it over three; a client ID wraps anywhere, to be read and copied whole.
 */
export function ResultHeading({ name, nameBreak, href, badges, detail, mono = false }: Props) {
  return (
    <div className="min-w-0">
      <p className="flex flex-wrap items-center gap-2 font-medium">
        <Link
          href={href}
          className={`${nameBreak} text-brand-700 underline underline-offset-2 hover:no-underline dark:text-brand-100`}
        >
          {name}
        </Link>
        {badges}
      </p>
      <p
        title={mono ? undefined : detail}
        className={`${mono ? "break-all font-mono text-xs" : "truncate text-sm"} text-slate-600 dark:text-slate-400`}
      >
        {detail}
      </p>
    </div>
  );
}
