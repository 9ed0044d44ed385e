"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitRow } from "@/components/ui/submit-button";
import { resendVerificationAction } from "@/lib/delivery/actions/verification-actions";
import { ResendVerificationResult } from "./resend-verification-result";

// What waits for the verified address, in the notice's words (lib/accounts/users/assert-verified-owner.ts).
const REGISTERING = {
  app: { doing: "creating an app", kept: "Your existing apps keep working." },
  api: { doing: "registering an API", kept: "Your existing APIs keep working." },
  team: { doing: "creating a team", kept: "The teams you are in keep working." },
  join: { doing: "joining a team", kept: "Then open the invitation link again; it stays valid until it expires." },
} as const;

/** Before a developer's first app, API or team (or joining one): verify the address, with a button to mail the link again. */
export function VerifyEmailNotice({ email, what = "app" }: { email: string; what?: keyof typeof REGISTERING }) {
  const [state, action, pending] = useActionState(resendVerificationAction, null);
  return (
    <form action={action} className="flex flex-col gap-4">
      <Alert tone="warning">
        Verify your email address before {REGISTERING[what].doing}: open the link we mailed to {email}.{" "}
        {REGISTERING[what].kept}
      </Alert>
      <ResendVerificationResult state={state} />
      <SubmitRow variant="secondary" pending={pending} label="Send the link again" pendingLabel="Sending…" />
    </form>
  );
}
