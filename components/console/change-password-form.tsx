"use client";

import { useActionState, type ReactNode } from "react";
import { changePasswordAction } from "@/lib/actions/account-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export function ChangePasswordForm({ passwordHint }: { passwordHint: ReactNode }) {
  const [state, action, pending] = useActionState(changePasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      {state?.ok && <Alert tone="success">Password changed. You have been signed out everywhere else.</Alert>}
      {state && !state.ok && !errors && <Alert tone="error">{state.message}</Alert>}
      <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" errors={errors?.currentPassword} required />
      <TextField label="New password" name="newPassword" type="password" autoComplete="new-password" hint={passwordHint} errors={errors?.newPassword} required />
      <Button type="submit" className="self-start" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
