"use client";

import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/kernel/errors";
import { unshownMessages } from "./field-errors";

/**
 * The form's error, above the fields. After a new error answer, focus moves to the first invalid
 * field (or to this summary), so the developer lands on what to fix even in a long form.
 */
export function FormErrorSummary({ state, shown }: { state: ActionResult<unknown> | null; shown: readonly string[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!state || state.ok) return;
    const form = ref.current?.closest("form");
    const invalid = form?.querySelector<HTMLElement>("[aria-invalid=true]");
    (invalid ?? ref.current)?.focus();
  }, [state]);

  if (!state || state.ok) return null;
  const others = unshownMessages(state.fieldErrors, shown);
  return (
    <div ref={ref} tabIndex={-1} className="focus-visible:outline-none">
      <Alert tone="error">
        {state.message}
        {others.length > 0 && (
          <ul className="mt-1 list-disc pl-5">
            {others.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
      </Alert>
    </div>
  );
}
