"use client";

import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { NameField } from "@/components/ui/name-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { OptionRow } from "@/components/ui/option-row";
import { bindFields, type FieldBinder } from "@/components/ui/form-fields";
import { APPLICATION_TYPES, type ApplicationType } from "@/lib/portal/clients/application-types";
import type { FieldErrors } from "@/lib/kernel/errors";
import { SCOPES } from "@/lib/oauth-core/scopes/oidc-scopes";
import type { CatalogueApi } from "@/lib/portal/api-clients/list-scope-catalogue";
import { ApiScopePicker } from "./api-scope-picker";
import { fieldMessages } from "./field-errors";
import { SigningAlgField } from "./signing-alg-field";
import { ClientPolicyFields } from "./client-policy-fields";
import { ClientKeyFields } from "./client-key-fields";
import type { ClientFormState } from "./client-form-state";
import { LOOPBACK_HOSTS_WORDS } from "@/lib/kernel/validation/loopback-host";
import { CLIENT_INPUT_FIELDS } from "@/lib/portal/clients/schemas";

const scopeOptions = Object.entries(SCOPES).map(([name, scope]) => ({
  value: name,
  label: (
    <>
      {scope.title}{" "}
      <code className="ml-1 font-mono text-xs font-normal text-slate-500 dark:text-slate-400">{name}</code>
    </>
  ),
  description: scope.description,
}));

const authMethodLabels: Record<string, string> = {
  client_secret_basic: "HTTP Basic authentication (client_secret_basic)",
  client_secret_post: "In the request body (client_secret_post)",
  private_key_jwt: "A JWT signed with the app's private key (private_key_jwt)",
};

const redirectHints: Record<ApplicationType, string> = {
  web: `https, or http on ${LOOPBACK_HOSTS_WORDS} while you develop.`,
  spa: `https, or http on ${LOOPBACK_HOSTS_WORDS} while you develop.`,
  native:
    "A loopback address such as http://127.0.0.1/callback, or a private-use scheme such as com.example.app:/callback.",
  m2m: "",
};

/** Fields shown by the form, so errors on any other field go to the summary. */
// The form shows every input field but grant_types (the application type's preset decides them).
export const SHOWN_FIELDS = CLIENT_INPUT_FIELDS.filter((field) => field !== "grant_types");

type Props = {
  fields: ClientFormState;
  onChange: (fields: ClientFormState) => void;
  errors?: FieldErrors;
  apis: CatalogueApi[];
};

/** The app's settings, each with what it is for. Controlled, so nothing typed is lost on an error. */
export function ClientFields({ fields, onChange, errors, apis }: Props) {
  const preset = APPLICATION_TYPES[fields.application_type];
  const field = bindFields(fields, onChange, errors, fieldMessages);
  const err = (name: string) => fieldMessages(errors, name);
  return (
    <>
      <NameField
        {...field("client_name")}
        hint={
          preset.redirects
            ? "Shown to people on the consent screen when they sign in to your app."
            : "How you recognise this service in the console."
        }
      />
      {preset.redirects && (
        <TextareaField
          label="Redirect URIs"
          {...field("redirect_uris")}
          hint={
            <>
              Where Ninka sends people back after they sign in. One per line; each is matched exactly (no wildcards).{" "}
              {redirectHints[fields.application_type]}
            </>
          }
          placeholder={
            fields.application_type === "native" ? "com.example.app:/callback" : "https://app.example.com/callback"
          }
          rows={3}
          spellCheck={false}
          autoCapitalize="off"
          required
        />
      )}
      {preset.redirects && (
        <CheckboxGroup
          legend="Scopes"
          name="scope"
          options={scopeOptions}
          values={fields.scopes}
          onChange={(scopes) => onChange({ ...fields, scopes })}
          errors={err("scope")}
        />
      )}
      <ApiScopePicker
        apis={apis}
        values={fields.scopes}
        onChange={(scopes) => onChange({ ...fields, scopes })}
        errors={preset.redirects ? undefined : err("scope")}
        machine={!preset.redirects}
      />
      {preset.confidential && (
        <SelectField
          label="How the app authenticates"
          options={preset.authMethods.map((value) => ({ value, label: authMethodLabels[value] ?? value }))}
          {...field("token_endpoint_auth_method")}
          hint="How your app authenticates to the token endpoint. Most OAuth libraries use HTTP Basic with the secret."
          className="max-w-md"
        />
      )}
      {preset.confidential && fields.token_endpoint_auth_method === "private_key_jwt" && (
        <ClientKeyFields field={field} />
      )}
      <ClientPolicyFields fields={fields} onChange={onChange} errors={errors} redirects={preset.redirects} />
      {preset.redirects && <OptionalFields field={field} fields={fields} onChange={onChange} />}
    </>
  );
}

type OptionalProps = Pick<Props, "fields" | "onChange"> & { field: FieldBinder<ClientFormState> };

function OptionalFields({ field, fields, onChange }: OptionalProps) {
  const url = (name: "client_uri" | "policy_uri" | "tos_uri" | "logo_uri", label: string, hint: string) => (
    <TextField label={label} type="url" {...field(name)} hint={hint} placeholder="https://" autoComplete="off" />
  );
  return (
    <div className="border-t border-slate-200 pt-5 dark:border-slate-800">
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-1 text-base font-semibold">Optional details</legend>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Links shown to people on the consent screen; each must be an https URL.
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          {url("client_uri", "Homepage URL", "Your app's home page.")}
          {url("logo_uri", "Logo URL", "A square image shown next to the app's name.")}
          {url("policy_uri", "Privacy policy URL", "How your app handles people's data.")}
          {url("tos_uri", "Terms of service URL", "The terms people agree to by using your app.")}
        </div>
        <TextareaField
          label="Post-logout redirect URIs"
          {...field("post_logout_redirect_uris")}
          hint="Where Ninka may send people after they sign out through your app. One per line, same rules as redirect URIs."
          rows={2}
          spellCheck={false}
          autoCapitalize="off"
        />
        <SigningAlgField
          label="ID token signature"
          verifier="OAuth library"
          {...field("id_token_signed_response_alg")}
          className="max-w-md"
        />
        <TextField
          label="Back-channel logout URL"
          type="url"
          {...field("backchannel_logout_uri")}
          hint={`Ninka POSTs a logout token here when someone signed in to your app signs out (OpenID Connect Back-Channel Logout). https, or http on ${LOOPBACK_HOSTS_WORDS} while you develop.`}
          placeholder="https://app.example.com/backchannel-logout"
          autoComplete="off"
        />
        <OptionRow
          type="checkbox"
          name="backchannel_logout_session_required"
          option={{
            value: "on",
            label: "Include the session id (sid) in logout tokens",
            description: "Turn on if your app ends one session by sid rather than every session of the person (sub).",
          }}
          checked={fields.backchannel_logout_session_required}
          onChange={(checked) => onChange({ ...fields, backchannel_logout_session_required: checked })}
        />
      </fieldset>
    </div>
  );
}
