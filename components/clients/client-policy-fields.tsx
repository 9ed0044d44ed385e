"use client";

import { OptionErrors, OptionRow } from "@/components/ui/option-row";
import type { FieldErrors } from "@/lib/kernel/errors";
import type { ClientFormState } from "./client-form-state";
import { fieldMessages } from "./field-errors";

// Per-app policies stricter than the instance's defaults (ARCHITECTURE.md "OAuth rules"): both off
// unless the developer asks; node-oidc-provider enforces them.
const POLICIES = {
  require_pushed_authorization_requests: {
    label: "Require pushed authorization requests (PAR)",
    description:
      "The app must send its authorization request to the PAR endpoint first (RFC 9126); a plain authorization URL is refused.",
  },
  dpop_bound_access_tokens: {
    label: "Require DPoP-bound tokens",
    description:
      "Access and refresh tokens are bound to a key the app holds (RFC 9449); a token request without a DPoP proof is refused.",
  },
} as const;

type Policy = keyof typeof POLICIES;

type Props = {
  fields: ClientFormState;
  onChange: (fields: ClientFormState) => void;
  errors?: FieldErrors;
  /** PAR is about authorization requests: only for apps that send users to sign in. */
  redirects: boolean;
};

/** The app's security policies, as checkboxes (each its own form field). */
export function ClientPolicyFields({ fields, onChange, errors, redirects }: Props) {
  const shown = (Object.keys(POLICIES) as Policy[]).filter(
    (name) => redirects || name !== "require_pushed_authorization_requests",
  );
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium text-slate-800 dark:text-slate-200">Security policies</legend>
      {shown.map((name) => {
        const messages = fieldMessages(errors, name);
        return (
          <div key={name} className="flex flex-col gap-1">
            <OptionRow
              type="checkbox"
              name={name}
              option={{ value: "on", ...POLICIES[name] }}
              idPrefix={name}
              checked={fields[name]}
              onChange={(checked) => onChange({ ...fields, [name]: checked })}
              invalid={Boolean(messages?.length)}
            />
            <OptionErrors id={messages?.length ? `${name}-error` : undefined} errors={messages} />
          </div>
        );
      })}
    </fieldset>
  );
}
