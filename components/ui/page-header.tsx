import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "./button";

type Props = {
  title: string;
  description?: ReactNode;
  /** A link back up, e.g. from an app's page to the list of apps. */
  back?: { href: string; label: string };
  /** Shown beside the title (a badge). */
  aside?: ReactNode;
  /** The page's main action, at the right on wide screens. */
  action?: ReactNode;
  /** The page's main action when it is a link (e.g. "Create app"); `false` hides it. */
  actionLink?: { href: string; label: string } | false;
};

/** The top of every console page: optional back link, the h1, what the page is for, its action. */
export function PageHeader({ title, description, back, aside, action, actionLink }: Props) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0">
        {back && (
          <Link
            href={back.href}
            className="text-sm text-brand-700 underline-offset-2 hover:underline dark:text-brand-100"
          >
            ← {back.label}
          </Link>
        )}
        <div className={`flex flex-wrap items-center gap-3 ${back ? "mt-2" : ""}`}>
          <h1 className="min-w-0 break-words text-2xl font-semibold tracking-tight">{title}</h1>
          {aside}
        </div>
        {description && <p className="mt-1 max-w-2xl text-slate-600 dark:text-slate-400">{description}</p>}
      </div>
      {action}
      {actionLink && (
        <Link href={actionLink.href} className={buttonClass("primary")}>
          {actionLink.label}
        </Link>
      )}
    </div>
  );
}
