"use client";

import Link from "next/link";
import { AuthPage, linkClass } from "@/components/sign-in/auth-page";
import { Button } from "@/components/ui/button";

// An unexpected error while rendering a page, in Ninka's look. The error itself is in the server's
// log under this digest (ARCHITECTURE.md "Logs"); the page shows nothing more of it.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <AuthPage title="Something went wrong" subtitle="This page could not be shown. Please try again.">
      <div className="flex flex-col gap-4 text-sm">
        {error.digest && (
          <p className="text-slate-600 dark:text-slate-400">
            Reference for the administrators: <code className="font-mono">{error.digest}</code>
          </p>
        )}
        <div className="flex flex-wrap items-center gap-4">
          <Button type="button" onClick={reset}>
            Try again
          </Button>
          <Link href="/" className={linkClass}>
            Ninka home
          </Link>
        </div>
      </div>
    </AuthPage>
  );
}
