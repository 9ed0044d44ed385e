import Link from "next/link";
import type { ReactNode } from "react";
import { DOCS_NAV } from "./docs-pages";

/** Shell for the static documentation pages: a side navigation and readable prose. */
export function DocsLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-8 px-4 py-10 sm:px-6 md:flex-row">
      <nav aria-label="Documentation" className="md:w-48 md:shrink-0">
        <Link href="/" className="text-sm font-semibold uppercase tracking-widest text-brand-600 dark:text-brand-100">
          Ninka docs
        </Link>
        <ul className="mt-4 flex flex-wrap gap-2 md:flex-col">
          {DOCS_NAV.map((item) => (
            <li key={item.href}>
              <NavLink href={item.href} label={item.label} />
              {item.children && (
                <ul className="mt-1 flex flex-wrap gap-1 md:ml-3 md:flex-col">
                  {item.children.map((child) => (
                    <li key={child.href}>
                      <NavLink href={child.href} label={child.label} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <main className="docs min-w-0 flex-1">{children}</main>
    </div>
  );
}

function NavLink({ href, label }: { href: string; label: string }) {
  return (
    <Link
      href={href}
      className="block rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
    >
      {label}
    </Link>
  );
}
