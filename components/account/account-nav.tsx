"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

// The account's own space, apart from the developer console's sections (as Google keeps its
// account pages apart from its Cloud console): who you are, how you sign in, which apps you let
// in, and what happened.
const SECTIONS = [
  { href: "/account", label: "Profile" },
  { href: "/account/security", label: "Security" },
  { href: "/account/apps", label: "Connected apps" },
  { href: "/account/activity", label: "Activity" },
];

export function AccountNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Account" className="mb-6 border-b border-slate-200 pb-3 dark:border-slate-800">
      <ul className="flex flex-wrap gap-1">
        {SECTIONS.map(({ href, label }) => (
          <li key={href}>
            <Link
              href={href}
              aria-current={pathname === href ? "page" : undefined}
              className="block whitespace-nowrap rounded-md px-2 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700 sm:px-3 dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-[current=page]:bg-slate-800 dark:aria-[current=page]:text-brand-100"
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
