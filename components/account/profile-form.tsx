"use client";

import { useActionState } from "react";
import { FormError } from "@/components/ui/form-error";
import { SubmitRow } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { updateProfileAction, type UpdateProfileState } from "@/lib/delivery/actions/account-actions";

/** The account's name, editable; saving says so in the console's one success message. */
export function ProfileForm({ name }: { name: string }) {
  const toast = useToast();
  const [state, action, pending] = useActionState<UpdateProfileState, FormData>(async (previous, form) => {
    const result = await updateProfileAction(previous, form);
    if (result?.ok) toast("Name saved. Apps see it the next time they ask.");
    return result;
  }, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      <FormError state={state} />
      <TextField
        label="Name"
        name="name"
        autoComplete="name"
        defaultValue={state?.ok ? state.data.name : name}
        errors={errors?.name}
        required
      />
      <SubmitRow variant="secondary" pending={pending} label="Save name" pendingLabel="Saving…" />
    </form>
  );
}
