"use client";

import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import type { FieldBinder } from "@/components/ui/form-fields";
import { CLIENT_AUTH_SIGNING_ALGS } from "@/lib/portal/clients/client-jwks";
import type { ClientFormState } from "./client-form-state";

const algOptions = [
  { value: "", label: "Any of them" },
  ...CLIENT_AUTH_SIGNING_ALGS.map((alg) => ({ value: alg, label: alg })),
];

/**
 * private_key_jwt (RFC 7523): the app's public keys, pasted or at a URL it keeps current (one of the
 * two), and the algorithm its assertions must use.
 */
export function ClientKeyFields({ field }: { field: FieldBinder<ClientFormState> }) {
  return (
    <fieldset className="flex flex-col gap-4 rounded-md border border-slate-200 p-4 dark:border-slate-700">
      <legend className="px-1 text-sm font-medium text-slate-800 dark:text-slate-200">
        The app&apos;s public keys
      </legend>
      <TextField
        label="Key set URL (jwks_uri)"
        type="url"
        {...field("jwks_uri")}
        hint="An https URL where the app publishes its JWK Set; Ninka fetches it again when the app signs with a new key. Best for keys that rotate."
        placeholder="https://app.example.com/jwks.json"
        autoComplete="off"
      />
      <TextareaField
        label="Or paste the key set (jwks)"
        {...field("jwks")}
        hint='A JWK Set, {"keys": [...]}, with public keys only: never paste a private key.'
        rows={4}
        spellCheck={false}
        autoCapitalize="off"
      />
      <SelectField
        label="Assertion algorithm"
        options={algOptions}
        {...field("token_endpoint_auth_signing_alg")}
        hint="The only algorithm Ninka accepts on the app's assertions."
        className="max-w-xs"
      />
    </fieldset>
  );
}
