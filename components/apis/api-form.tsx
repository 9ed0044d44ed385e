"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { createApiAction, updateApiAction } from "@/lib/delivery/actions/api-actions";
import type { ScopeHolders } from "@/lib/portal/api-clients/find-api-clients";
import { ACCESS_TOKEN_TTL_CHOICES, DEFAULT_ACCESS_TOKEN_TTL } from "@/lib/portal/apis/limits";
import type { ApiView } from "@/lib/portal/apis/schemas";
import { DEFAULT_SIGNING_ALG } from "@/lib/oauth-core/keys/signing-algorithms";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SubmitRow } from "@/components/ui/submit-button";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { NameField } from "@/components/ui/name-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { useFormFields } from "@/components/ui/form-fields";
import { fieldMessages } from "@/components/clients/field-errors";
import { FormErrorSummary } from "@/components/clients/form-error-summary";
import { SigningAlgField } from "@/components/clients/signing-alg-field";
import { AffectedApps, appsHolding } from "./affected-apps";
import { ScopeRows, type ScopeRow } from "./scope-rows";

const IDENTIFIER_HINT =
  "An https URI naming your API, e.g. https://api.example.com/photos (http://localhost… while it runs on your machine). Apps send it as resource=, and it becomes the audience (aud) of the tokens. It cannot change later.";
const SHOWN = ["name", "identifier", "description", "scopes", "access_token_ttl", "signing_alg"] as const;

const ttlOptions = (current: number) => {
  const choices = ACCESS_TOKEN_TTL_CHOICES.map(({ seconds, label }) => ({ value: String(seconds), label }));
  const known = choices.some((choice) => choice.value === String(current));
  return known
    ? choices
    : [...choices, { value: String(current), label: `${current} seconds (set through the REST API)` }];
};

type Props = {
  api?: ApiView;
  holders?: ScopeHolders;
  /** Registering in this team (ARCHITECTURE.md "Teams"). */
  teamId?: string;
  /** Editing, without the role for it: the settings are shown, not editable. */
  readOnly?: boolean;
};

/**
 * Register an API, or edit one (with `api`): its name, identifier (fixed once registered), scopes
 * and token settings. Removing scopes that apps hold asks first, naming those apps.
 */
export function ApiForm({ api, holders = {}, teamId, readOnly = false }: Props) {
  const [state, action, pending] = useActionState(api ? updateApiAction : createApiAction, null);
  const initialRows = (api?.scopes ?? [{ value: "", description: "" }]).map((scope, i) => ({ ...scope, key: `s${i}` }));
  const [rows, setRows] = useState<ScopeRow[]>(initialRows);
  // Controlled, so an error answer (React resets the form after its action) loses nothing typed.
  const { values: fields, field } = useFormFields(
    {
      name: api?.name ?? "",
      identifier: api?.identifier ?? "",
      description: api?.description ?? "",
      access_token_ttl: String(api?.access_token_ttl ?? DEFAULT_ACCESS_TOKEN_TTL),
      signing_alg: api?.signing_alg ?? DEFAULT_SIGNING_ALG,
    },
    state,
    fieldMessages,
  );
  const [confirming, setConfirming] = useState(false);
  const confirmed = useRef(false);
  const form = useRef<HTMLFormElement>(null);
  // Tells the server the person saw the affected apps (lib/portal/apis/scopes-in-use.ts); cleared once it answers.
  const confirmInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (confirmInput.current) confirmInput.current.value = "";
  }, [state]);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const err = (name: string) => fieldMessages(errors, name);

  const kept = new Set(rows.map((row) => row.value.trim()));
  const affected = appsHolding(
    holders,
    (api?.scopes ?? []).map((s) => s.value).filter((value) => !kept.has(value)),
  );

  return (
    <>
      <form
        ref={form}
        action={action}
        className="flex flex-col gap-6"
        noValidate
        onSubmit={(event) => {
          if (affected.length && !confirmed.current) {
            event.preventDefault();
            setConfirming(true);
          }
          confirmed.current = false;
        }}
      >
        {api && <input type="hidden" name="api_id" value={api.id} />}
        {teamId && <input type="hidden" name="team_id" value={teamId} />}
        {api && <input type="hidden" name="confirm" ref={confirmInput} defaultValue="" />}
        <FormErrorSummary state={state} shown={SHOWN} />
        {api && state?.ok && <Alert tone="success">Changes saved.</Alert>}
        <fieldset disabled={readOnly} className="flex min-w-0 flex-col gap-6">
          <NameField {...field("name")} hint="Shown to people on the consent screen, above the permissions." />
          {api ? (
            <div className="flex flex-col gap-1">
              <span className="text-sm font-medium text-slate-800 dark:text-slate-200">Identifier</span>
              <code className="break-all font-mono text-sm text-slate-900 dark:text-slate-100">{api.identifier}</code>
              <span className="text-sm text-slate-600 dark:text-slate-400">
                The audience (aud) of this API&apos;s tokens. It cannot change.
              </span>
              <input type="hidden" name="identifier" value={api.identifier} />
            </div>
          ) : (
            <TextField
              label="Identifier"
              {...field("identifier")}
              hint={IDENTIFIER_HINT}
              placeholder="https://api.example.com"
              spellCheck={false}
              autoCapitalize="off"
              autoComplete="off"
              required
            />
          )}
          <TextareaField
            label="Description"
            {...field("description")}
            hint="Shown to developers choosing the scopes of their apps."
            rows={2}
            maxLength={500}
          />
          <ScopeRows rows={rows} onChange={setRows} errors={err("scopes")} />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              label="Access token lifetime"
              options={ttlOptions(Number(fields.access_token_ttl))}
              {...field("access_token_ttl")}
            />
            <SigningAlgField label="Token signature" verifier="JWT library" {...field("signing_alg")} />
          </div>
        </fieldset>
        {!readOnly && (
          <SubmitRow
            pending={pending}
            label={api ? "Save changes" : "Register API"}
            pendingLabel={api ? "Saving…" : "Registering…"}
          />
        )}
      </form>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title="Remove permissions that apps use?"
        description={
          <>
            These apps lose the removed permissions, and their next tokens no longer carry them:
            <AffectedApps apps={affected} />
          </>
        }
      >
        <DialogActions onCancel={() => setConfirming(false)} focusCancel>
          <Button
            type="button"
            variant="danger"
            onClick={() => {
              confirmed.current = true;
              if (confirmInput.current) confirmInput.current.value = "true";
              setConfirming(false);
              form.current?.requestSubmit();
            }}
          >
            Remove and save
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
