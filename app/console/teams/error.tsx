"use client";

import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";

// A team page that failed to render, inside the console's frame (the cause is in the server's log
// under this digest, ARCHITECTURE.md "Logs"). A team one is not in is the not-found page, not this.
export default function TeamError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="flex flex-col items-start gap-3">
      <h1 className="text-2xl font-semibold tracking-tight">This team page could not be shown</h1>
      <p className="max-w-xl text-slate-600 dark:text-slate-400">
        Please try again. If your role in the team changed meanwhile, the team&apos;s pages show what it allows now.
      </p>
      {error.digest && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Reference for the administrators: <code className="font-mono">{error.digest}</code>
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-3">
        <Button type="button" onClick={reset}>
          Try again
        </Button>
        <Link href="/console/teams" className={buttonClass("secondary")}>
          Your teams
        </Link>
      </div>
    </div>
  );
}
