"use client";

import { useActionState, type ReactNode } from "react";
import { changePasswordAction } from "@/lib/delivery/actions/account-actions";
import { Alert } from "@/components/ui/alert";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { OptionRow } from "@/components/ui/option-row";
import { TextField } from "@/components/ui/text-field";
import { NewPasswordField } from "@/components/sign-in/new-password-field";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the change did, in one sentence per effect. */
function describeOutcome(data: {
  appsDisconnected: number;
  tokensRevoked: number;
  ended: { apps: boolean; tokens: boolean };
}): string {
  const parts = ["Password changed. You have been signed out everywhere else."];
  if (data.ended.apps)
    parts.push(`Access ended for ${plural(data.appsDisconnected, "connected app", "connected apps")}.`);
  if (data.ended.tokens)
    parts.push(`${plural(data.tokensRevoked, "personal access token", "personal access tokens")} revoked.`);
  return parts.join(" ");
}

export function ChangePasswordForm({ passwordHint }: { passwordHint: ReactNode }) {
  const [state, action, pending] = useActionState(changePasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      {state?.ok && <Alert tone="success">{describeOutcome(state.data)}</Alert>}
      <FormError state={state} />
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        errors={errors?.currentPassword}
        required
      />
      <NewPasswordField label="New password" name="newPassword" hint={passwordHint} errors={errors?.newPassword} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">If someone else may know your old password</legend>
        <OptionRow
          type="checkbox"
          name="endAppAccess"
          option={{
            value: "on",
            label: "End every connected app's access",
            description: "Apps must ask for your consent again.",
          }}
        />
        <OptionRow
          type="checkbox"
          name="revokeTokens"
          option={{
            value: "on",
            label: "Revoke all personal access tokens",
            description: "Scripts using them stop working.",
          }}
        />
      </fieldset>
      <SubmitButton className="self-start" pending={pending} label="Change password" pendingLabel="Changing…" />
    </form>
  );
}
