import type { ApplicationType } from "./application-types";
import { CLIENT_INPUT_FIELDS } from "./schemas";

// RFC 7591 client metadata (as node-oidc-provider validated it, its defaults filled in) as the input
// of Ninka's own client schema (lib/portal/clients/schemas.ts), so a self-registered app meets the
// same rules as one made with POST /clients (ARCHITECTURE.md "Dynamic registration"). RFC 7591 has
// no application type of Ninka's kind: it follows from the metadata.
type Metadata = Record<string, unknown>;

// RFC 7591 names every field as Ninka's input does, but for the application type (derived below).
const FIELDS = CLIENT_INPUT_FIELDS.filter((field) => field !== "application_type");

/** The application type a registration describes: native, single-page (public), M2M or web. */
function registeredApplicationType(metadata: Metadata): ApplicationType {
  if (metadata.application_type === "native") return "native";
  if (metadata.token_endpoint_auth_method === "none") return "spa";
  const grants = metadata.grant_types;
  if (Array.isArray(grants) && grants.length === 1 && grants[0] === "client_credentials") return "m2m";
  return "web";
}

/** The input for clientInputSchema; `type` fixed on update (an app's type never changes). */
export function fromRegistrationMetadata(metadata: Metadata, type = registeredApplicationType(metadata)) {
  const input: Metadata = { application_type: type };
  for (const field of FIELDS) if (metadata[field] !== undefined) input[field] = metadata[field];
  // oidc-provider fills in response_types and the like; a client without redirects has none.
  if (type === "m2m") delete input.redirect_uris;
  return input;
}
