"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { SubmitRow } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { updateInstanceNameAction } from "@/lib/delivery/actions/settings-actions";

/** What people call this instance: page titles, the consent screen and mails say it. */
export function InstanceNameCard({ name, host }: { name: string; host: string }) {
  const [state, action, pending] = useActionState(updateInstanceNameAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <Card>
      <h2 className="mb-4 text-lg font-semibold">Instance name</h2>
      <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
        {state?.ok && <Alert tone="success">Saved. This instance is now called {state.data}.</Alert>}
        {state && !state.ok && !errors && <Alert tone="error">{state.message}</Alert>}
        <TextField
          label="Name"
          name="name"
          id="instance-name"
          defaultValue={name}
          placeholder={host}
          autoComplete="off"
          hint={`Shown in page titles, on the consent screen and in mails, e.g. “Acme ID”. Empty: the host, ${host}.`}
          errors={errors?.name}
        />
        <SubmitRow pending={pending} label="Save name" pendingLabel="Saving…" />
      </form>
    </Card>
  );
}
