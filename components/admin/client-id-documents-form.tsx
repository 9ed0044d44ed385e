"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { RadioCards } from "@/components/ui/radio-cards";
import { TextareaField } from "@/components/ui/textarea-field";
import { updateClientIdDocumentSettingAction } from "@/lib/delivery/actions/settings-actions";
import {
  CLIENT_ID_DOCUMENT_MODES,
  MAX_DOCUMENT_HOSTS,
  type ClientIdDocumentSetting,
} from "@/lib/accounts/settings/client-id-documents-setting";

const OPTIONS = Object.entries(CLIENT_ID_DOCUMENT_MODES).map(([value, { label, description }]) => ({
  value,
  label,
  description,
}));

/** When an https URL may be a client_id, and which hosts may serve such documents. */
export function ClientIdDocumentsForm({ setting }: { setting: ClientIdDocumentSetting }) {
  const [state, action, pending] = useActionState(updateClientIdDocumentSettingAction, null);
  const [mode, setMode] = useState<string>(setting.mode);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  // What was typed stays in the fields after a refusal (the form is uncontrolled there).
  const saved = state?.ok ? state.data : setting;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state?.ok && <Alert tone="success">Saved.</Alert>}
      {state && !state.ok && !errors && <Alert tone="error">{state.message}</Alert>}
      <RadioCards
        legend="When apps may identify themselves by a document URL"
        name="documentsMode"
        options={OPTIONS}
        value={mode}
        onChange={setMode}
        errors={errors?.mode}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <TextareaField
          label="Only these hosts"
          name="allowHosts"
          rows={3}
          defaultValue={saved.allowHosts.join("\n")}
          hint={`One host per line, such as claude.ai; empty: any public host. At most ${MAX_DOCUMENT_HOSTS}.`}
          errors={errors?.allowHosts}
        />
        <TextareaField
          label="Never these hosts"
          name="denyHosts"
          rows={3}
          defaultValue={saved.denyHosts.join("\n")}
          hint="One host per line; wins over the list beside it."
          errors={errors?.denyHosts}
        />
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save document settings"}
        </Button>
      </div>
    </form>
  );
}
