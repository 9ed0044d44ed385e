import type { Metadata } from "next";
import Link from "next/link";
import { AuthPage, linkClass } from "@/components/sign-in/auth-page";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

// Every unknown address and every notFound() (another developer's app, /admin for anyone but an
// administrator: ARCHITECTURE.md "Administration") ends here, in Ninka's look. Tailwind classes
// only: Next.js's own 404 page has inline styles, which the CSP refuses (ARCHITECTURE.md
// "Security headers").
export default function NotFound() {
  return (
    <AuthPage title="Page not found" subtitle="There is nothing at this address, or it is not yours to see.">
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <Link href="/console" className={buttonClass("primary")}>
          Go to the console
        </Link>
        <Link href="/" className={linkClass}>
          Ninka home
        </Link>
      </div>
    </AuthPage>
  );
}
