// Turns the console's form fields into the inputs the shared zod schemas expect
// (lib/portal/clients/schemas.ts, lib/portal/client-secrets/schemas.ts). Shapes only: all validation stays there.

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

// A blank optional URL means "none", not "an invalid URL".
const optional = (form: FormData, name: string) => text(form, name)?.trim() || undefined;

// One URI per line in a textarea; blank lines and surrounding spaces are not entries.
const splitLines = (value: string | undefined) =>
  (value ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

// A pasted JWK Set is JSON; text that is not stays text, for the schema to refuse by name.
const jsonOrText = (value: string | undefined): unknown => {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};

/** The client input (RFC 7591 names) from the create/edit app form. */
export function clientFormValues(form: FormData) {
  const grantTypes = form.getAll("grant_types").filter((v) => typeof v === "string");
  return {
    client_name: text(form, "client_name") ?? "",
    application_type: text(form, "application_type"),
    redirect_uris: splitLines(text(form, "redirect_uris")),
    post_logout_redirect_uris: splitLines(text(form, "post_logout_redirect_uris")),
    // Checkboxes: one form entry per checked scope; the schema takes a space-separated string.
    scope: form
      .getAll("scope")
      .filter((v) => typeof v === "string")
      .join(" "),
    // Absent on the create form: the application type's preset decides.
    grant_types: grantTypes.length ? grantTypes : undefined,
    token_endpoint_auth_method: optional(form, "token_endpoint_auth_method"),
    id_token_signed_response_alg: optional(form, "id_token_signed_response_alg"),
    logo_uri: optional(form, "logo_uri"),
    client_uri: optional(form, "client_uri"),
    policy_uri: optional(form, "policy_uri"),
    tos_uri: optional(form, "tos_uri"),
    backchannel_logout_uri: optional(form, "backchannel_logout_uri"),
    backchannel_logout_session_required: form.has("backchannel_logout_session_required"),
    // Checkboxes: present ("on") when checked, absent otherwise.
    require_pushed_authorization_requests: form.get("require_pushed_authorization_requests") === "on",
    dpop_bound_access_tokens: form.get("dpop_bound_access_tokens") === "on",
    jwks: jsonOrText(optional(form, "jwks")),
    jwks_uri: optional(form, "jwks_uri"),
    token_endpoint_auth_signing_alg: optional(form, "token_endpoint_auth_signing_alg"),
    // The create form in a team's workspace (ARCHITECTURE.md "Teams"); ignored by updates.
    team_id: optional(form, "team_id"),
  };
}

/** The create-secret input: `expires_in` in seconds, or absent for a secret without expiry. */
export function secretFormValues(form: FormData) {
  const expiresIn = optional(form, "expires_in");
  return { expires_in: expiresIn === undefined ? undefined : Number(expiresIn) };
}
