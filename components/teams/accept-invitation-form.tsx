"use client";

import Link from "next/link";
import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { acceptInvitationAction } from "@/lib/delivery/actions/team-actions";

/** Accept (the action leaves for the team's page) or leave it for now; a refusal shows above. */
export function AcceptInvitationForm({ token, teamName }: { token: string; teamName: string }) {
  const [state, action, pending] = useActionState(acceptInvitationAction, null);
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <FormError state={state} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending} label={`Join ${teamName}`} pendingLabel="Joining…" />
        <Link href="/console" className={buttonClass("secondary")}>
          Not now
        </Link>
      </div>
    </form>
  );
}
