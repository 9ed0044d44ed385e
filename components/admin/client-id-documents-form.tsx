"use client";

import { useActionState, useState } from "react";
import { SubmitRow } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { updateClientIdDocumentSettingAction } from "@/lib/delivery/actions/settings-actions";
import type { ClientIdDocumentSetting } from "@/lib/accounts/settings/client-id-documents-setting";
import { CLIENT_ID_DOCUMENT_MODES, MAX_DOCUMENT_HOSTS } from "@/lib/accounts/settings/client-id-document-modes";
import { ModeChoice } from "./mode-choice";

/** When an https URL may be a client_id, and which hosts may serve such documents. */
export function ClientIdDocumentsForm({ setting }: { setting: ClientIdDocumentSetting }) {
  const [state, action, pending] = useActionState(updateClientIdDocumentSettingAction, null);
  const [mode, setMode] = useState<string>(setting.mode);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  // After a save the lists show what was stored (normalised); after a refusal, what was typed.
  const saved = state?.ok ? state.data : setting;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <ModeChoice
        legend="When apps may identify themselves by a document URL"
        name="documentsMode"
        modes={CLIENT_ID_DOCUMENT_MODES}
        value={mode}
        onChange={setMode}
        state={state}
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
      <SubmitRow pending={pending} label="Save document settings" pendingLabel="Saving…" />
    </form>
  );
}
