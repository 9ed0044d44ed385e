import type { FieldErrors } from "@/lib/kernel/errors";

// The shared schema's messages are fragments ("is required", "must use https …") written to follow
// a field name, as in the REST API's problem details. The form names the subject; messages that
// start with the offending URI already read as sentences.
const SUBJECTS: Record<string, string> = {
  client_name: "The name",
  application_type: "The application type",
  redirect_uris: "The list",
  post_logout_redirect_uris: "The list",
  scope: "Ninka",
  grant_types: "The grant types",
  token_endpoint_auth_method: "The authentication method",
  id_token_signed_response_alg: "The ID token signature",
  logo_uri: "The logo URL",
  client_uri: "The homepage URL",
  policy_uri: "The privacy policy URL",
  tos_uri: "The terms of service URL",
  backchannel_logout_uri: "The back-channel logout URL",
  backchannel_logout_session_required: "The session choice",
  require_pushed_authorization_requests: "Requiring PAR",
  dpop_bound_access_tokens: "Requiring DPoP",
  jwks: "The key set",
  jwks_uri: "The key set URL",
  token_endpoint_auth_signing_alg: "The assertion algorithm",
  // The API form (components/apis/api-form.tsx).
  name: "The name",
  identifier: "The identifier",
  description: "The description",
  scopes: "The list of scopes",
  access_token_ttl: "The token lifetime",
  signing_alg: "The token signature",
};

const FRAGMENT = /^(is|are|must|needs|offers|cannot|has)\s/;

export function fieldMessages(errors: FieldErrors | undefined, field: string): string[] | undefined {
  return errors?.[field]?.map((message) =>
    FRAGMENT.test(message) ? `${SUBJECTS[field] ?? "This field"} ${message}` : message,
  );
}

/** Errors for fields the form does not show (so they appear in the summary instead). */
export function unshownMessages(errors: FieldErrors | undefined, shown: readonly string[]): string[] {
  return Object.keys(errors ?? {})
    .filter((field) => !shown.includes(field))
    .flatMap((field) => fieldMessages(errors, field) ?? []);
}
