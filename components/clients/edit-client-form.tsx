"use client";

import { useActionState, useState } from "react";
import { updateClientAction } from "@/lib/delivery/actions/client-actions";
import { Alert } from "@/components/ui/alert";
import { SubmitRow } from "@/components/ui/submit-button";
import type { ClientView } from "@/lib/portal/clients/schemas";
import type { CatalogueApi } from "@/lib/portal/api-clients/list-scope-catalogue";
import { ClientFields, SHOWN_FIELDS } from "./client-fields";
import { clientFormState } from "./client-form-state";
import { FormErrorSummary } from "./form-error-summary";

type Props = {
  client: ClientView;
  apis: CatalogueApi[];
  /** Without the role to edit it (a team's viewer): the settings are shown, not editable. */
  readOnly?: boolean;
};

/** Edit an app's settings. Its type and client ID stay as they are (register a new app instead). */
export function EditClientForm({ client, apis, readOnly = false }: Props) {
  const [state, action, pending] = useActionState(updateClientAction, null);
  const [fields, setFields] = useState(() => clientFormState(client));
  const [savedState, setSavedState] = useState<typeof state>(null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  // After a save, show what the server stored (e.g. without blank lines), once per answer.
  if (state?.ok && state !== savedState) {
    setSavedState(state);
    setFields(clientFormState(state.data));
  }

  return (
    <form action={action} className="flex flex-col gap-6" noValidate>
      <input type="hidden" name="client_id" value={client.client_id} />
      <input type="hidden" name="application_type" value={client.application_type} />
      {/* PUT semantics clear what is omitted: keep grant types the form does not offer to edit. */}
      {client.grant_types.map((grant) => (
        <input key={grant} type="hidden" name="grant_types" value={grant} />
      ))}
      <FormErrorSummary state={state} shown={SHOWN_FIELDS} />
      {state?.ok && <Alert tone="success">Changes saved.</Alert>}
      <fieldset disabled={readOnly} className="flex min-w-0 flex-col gap-6">
        <ClientFields fields={fields} onChange={setFields} errors={errors} apis={apis} />
      </fieldset>
      {!readOnly && <SubmitRow pending={pending} label="Save changes" pendingLabel="Saving…" />}
    </form>
  );
}
