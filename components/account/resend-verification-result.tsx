import { Alert } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/kernel/errors";
import { durationWords } from "@/lib/kernel/time/durations";
import { LIFETIMES } from "@/lib/kernel/time/lifetimes";

/** What "Send the link again" did: the new link's address and lifetime, or why not. */
export function ResendVerificationResult({ state }: { state: ActionResult<{ email: string }> | null }) {
  if (state?.ok)
    return (
      <Alert tone="success">
        We sent a new link to {state.data.email}. It works once, for {durationWords(LIFETIMES.emailLink.verify)}.
      </Alert>
    );
  return state ? <Alert tone="error">{state.message}</Alert> : null;
}
