"use client";

import { useActionState, useState } from "react";
import { createClientAction } from "@/lib/delivery/actions/client-actions";
import { SubmitRow } from "@/components/ui/submit-button";
import { RadioCards } from "@/components/ui/radio-cards";
import { APPLICATION_TYPES, type ApplicationType } from "@/lib/portal/clients/application-types";
import type { CatalogueApi } from "@/lib/portal/api-clients/list-scope-catalogue";
import { ClientFields, SHOWN_FIELDS } from "./client-fields";
import { newClientFormState } from "./client-form-state";
import { CreatedAppDialog } from "./created-app-dialog";
import { fieldMessages } from "./field-errors";
import { FormErrorSummary } from "./form-error-summary";

const typeOptions = Object.entries(APPLICATION_TYPES).map(([value, preset]) => ({
  value,
  label: preset.label,
  description: preset.description,
}));

/**
 * Register an app: its type first (which decides the fields that apply), then its settings. With
 * `teamId`, in that team (ARCHITECTURE.md "Teams").
 */
export function NewClientForm({ apis, teamId }: { apis: CatalogueApi[]; teamId?: string }) {
  const [state, action, pending] = useActionState(createClientAction, null);
  const [fields, setFields] = useState(() => newClientFormState("web"));
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  // Switching type keeps what was typed, but takes the new type's default auth method.
  const chooseType = (type: string) =>
    setFields({
      ...fields,
      application_type: type as ApplicationType,
      token_endpoint_auth_method: newClientFormState(type as ApplicationType).token_endpoint_auth_method,
    });

  return (
    <>
      <form action={action} className="flex flex-col gap-6" noValidate>
        {teamId && <input type="hidden" name="team_id" value={teamId} />}
        <FormErrorSummary state={state} shown={SHOWN_FIELDS} />
        <RadioCards
          legend="What are you building?"
          name="application_type"
          options={typeOptions}
          value={fields.application_type}
          onChange={chooseType}
          errors={fieldMessages(errors, "application_type")}
        />
        <ClientFields fields={fields} onChange={setFields} errors={errors} apis={apis} />
        <SubmitRow pending={pending} label="Create app" pendingLabel="Creating app…" />
      </form>
      {state?.ok && <CreatedAppDialog client={state.data.client} secret={state.data.client_secret} />}
    </>
  );
}
