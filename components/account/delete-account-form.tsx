"use client";

import { useActionState } from "react";
import { deleteAccountAction } from "@/lib/delivery/actions/delete-account-actions";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { OptionRow } from "@/components/ui/option-row";
import { TextField } from "@/components/ui/text-field";
import { isStepUpRequired, StepUpNotice } from "./step-up-notice";

type App = { id: string; name: string };

/**
 * Delete my account: the apps that go with it listed and confirmed one by one, then the address
 * typed. Needs a recent sign-in (step-up): `recent` false shows how to confirm it's you first. On
 * success the action leaves for the signed-out /account-deleted.
 */
export function DeleteAccountForm({ apps, email, recent }: { apps: App[]; email: string; recent: boolean }) {
  const [state, action, pending] = useActionState(deleteAccountAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      {!recent || isStepUpRequired(state) ? <StepUpNotice returnTo="/account" /> : <FormError state={state} />}
      {apps.length > 0 && (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium">
            These apps are deleted with your account; their credentials stop working. Tick each to confirm:
          </legend>
          {apps.map((app) => (
            <OptionRow
              key={app.id}
              type="checkbox"
              name="confirmedAppIds"
              idPrefix="delete-app"
              invalid={Boolean(errors?.confirmedAppIds)}
              option={{ value: app.id, label: app.name, description: app.id }}
            />
          ))}
          {errors?.confirmedAppIds && (
            <p className="text-sm text-red-700 dark:text-red-400">{errors.confirmedAppIds[0]}</p>
          )}
        </fieldset>
      )}
      <TextField
        label={`Type ${email} to confirm`}
        name="confirmEmail"
        type="email"
        autoComplete="off"
        errors={errors?.confirmEmail}
        required
      />
      <SubmitButton
        variant="danger"
        className="self-start"
        pending={pending}
        label="Delete my account"
        pendingLabel="Deleting…"
      />
    </form>
  );
}
