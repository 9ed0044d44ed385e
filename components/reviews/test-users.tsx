"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormError } from "@/components/ui/form-error";
import { useFormFields } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { TextField } from "@/components/ui/text-field";
import { addTestUserAction, deleteTestUserAction } from "@/lib/delivery/actions/review-actions";

type Props = {
  clientId: string;
  users: { email: string }[];
  /** Without the role to change them (a team's viewer): the list only. */
  readOnly?: boolean;
};

/** The people who may use an app in Testing: add by email, remove after a confirmation. */
export function TestUsers({ clientId, users, readOnly = false }: Props) {
  const [state, action, pending] = useActionState(addTestUserAction, null);
  const { field } = useFormFields({ email: "" }, state);
  return (
    <div className="flex flex-col gap-3">
      {users.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          No test users yet. Add the email addresses of the Ninka accounts that should try the app.
        </p>
      ) : (
        <ul
          aria-label="Test users"
          className="flex flex-col divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-800"
        >
          {users.map((user) => (
            <li
              key={user.email}
              aria-label={user.email}
              className="flex items-center justify-between gap-3 px-3 py-2 text-sm"
            >
              <span className="min-w-0 break-all">{user.email}</span>
              {!readOnly && (
                <ConfirmActionButton
                  action={deleteTestUserAction}
                  fields={{ clientId, email: user.email }}
                  label="Remove"
                  srLabel={`test user ${user.email}`}
                  title={`Remove ${user.email}?`}
                  description="They can no longer sign in to this app while it is in Testing."
                  confirmLabel="Remove test user"
                  successMessage={`${user.email} is no longer a test user.`}
                  pendingLabel="Removing…"
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form action={action} className="flex flex-col gap-3 sm:flex-row sm:items-start" noValidate>
          <input type="hidden" name="clientId" value={clientId} />
          <TextField
            label="Test user's email"
            type="email"
            autoComplete="off"
            {...field("email")}
            className="sm:flex-1"
          />
          <SubmitButton
            variant="secondary"
            className="sm:mt-6"
            pending={pending}
            label="Add test user"
            pendingLabel="Adding…"
          />
        </form>
      )}
      {state?.ok && <Alert tone="success">{state.data.email} can now use the app.</Alert>}
      <FormError state={state} />
    </div>
  );
}
