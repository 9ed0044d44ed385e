"use client";

import { useEffect, useState } from "react";
import { Button } from "./button";

type Status = "idle" | "copied" | "failed";

type Props = {
  value: string;
  label?: string;
  /** Read to screen readers after the label, to tell several copy buttons apart. */
  srSuffix?: string;
  className?: string;
};

/** Copies `value` to the clipboard and says so, visibly and to screen readers. */
export function CopyButton({ value, label = "Copy", srSuffix, className = "" }: Props) {
  const [status, setStatus] = useState<Status>("idle");

  useEffect(() => {
    if (status === "idle") return;
    const timer = setTimeout(() => setStatus("idle"), 2500);
    return () => clearTimeout(timer);
  }, [status]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus("copied");
    } catch {
      // No clipboard access (permissions, insecure origin): the value stays on screen to select.
      setStatus("failed");
    }
  }

  return (
    <>
      <Button type="button" variant="secondary" onClick={copy} className={`shrink-0 ${className}`}>
        <CopyIcon done={status === "copied"} />
        {status === "copied" ? "Copied" : label}
        {srSuffix && <span className="sr-only"> {srSuffix}</span>}
      </Button>
      <span role="status" className="sr-only">
        {status === "copied"
          ? "Copied to the clipboard"
          : status === "failed"
            ? "Could not copy: select the text and copy it"
            : ""}
      </span>
    </>
  );
}

function CopyIcon({ done }: { done: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.6" className="size-4">
      {done ? (
        <path d="m4.5 10.5 3.5 3.5 7.5-8" strokeLinecap="round" strokeLinejoin="round" />
      ) : (
        <>
          <rect x="7" y="7" width="9.5" height="9.5" rx="1.5" />
          <path d="M13 4.5V4a1 1 0 0 0-1-1H4.5a1 1 0 0 0-1 1v7.5a1 1 0 0 0 1 1H5" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}
