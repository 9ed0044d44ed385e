"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

// `also`: further path prefixes that belong to the same section (the app pages live under
// /console/clients while the list is /console itself; registration tokens are access tokens too).
const links = [
  { href: "/console", label: "Apps", exact: true, also: ["/console/clients"] },
  { href: "/console/apis", label: "APIs" },
  { href: "/console/tokens", label: "Access tokens", also: ["/console/registration-tokens"] },
  // Profile, security, connected apps and activity: the account's own navigation
  // (components/account/account-nav.tsx).
  { href: "/account", label: "Account" },
];

const within = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

// Only administrators see it; /admin is a 404 for everyone else anyway (ARCHITECTURE.md "Administration").
const adminLink = { href: "/admin", label: "Admin", exact: false, also: [] };

export function NavLinks({ admin = false }: { admin?: boolean }) {
  const pathname = usePathname();
  return (
    // Wraps rather than scrolls: on a narrow phone every section stays in sight.
    <ul className="flex flex-wrap gap-1">
      {(admin ? [...links, adminLink] : links).map(({ href, label, exact, also = [] }) => {
        const current =
          (exact ? pathname === href : within(pathname, href)) || also.some((prefix) => within(pathname, prefix));
        return (
          <li key={href}>
            <Link
              href={href}
              aria-current={current ? "page" : undefined}
              className="block whitespace-nowrap rounded-md px-2 py-2 text-sm sm:px-3 font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700 dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-[current=page]:bg-slate-800 dark:aria-[current=page]:text-brand-100"
            >
              {label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
