"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";

/** The new token, shown this once, with a copy button. Focus moves here so it is not missed. */
export function NewTokenPanel({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <div className="mt-4 flex flex-col gap-4 rounded-md border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950/60">
      <div>
        <h3 ref={heading} tabIndex={-1} className="font-semibold text-emerald-900 dark:text-emerald-100">
          Token “{name}” created
        </h3>
        <p className="mt-1 text-sm text-emerald-900 dark:text-emerald-100">
          Copy it now and store it somewhere safe: <strong>you will not see it again.</strong>
        </p>
      </div>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <code
          aria-label="New personal access token"
          data-testid="new-token"
          className="min-w-0 flex-1 select-all break-all rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        >
          {token}
        </code>
        <CopyButton value={token} label="Copy token" />
      </div>
      <p className="text-sm text-emerald-900 dark:text-emerald-100">
        Send it as <code className="font-mono">Authorization: Bearer &lt;token&gt;</code>.
      </p>
      <div>
        <Button type="button" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  );
}
