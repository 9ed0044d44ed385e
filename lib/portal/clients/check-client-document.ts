import "server-only";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import { DomainError } from "@/lib/kernel/errors";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { isConfidential } from "./application-types";
import { assertApiScopesExist } from "./check-api-scopes";
import { fromRegistrationMetadata } from "./registration-metadata";
import { clientInputSchema } from "./schemas";

// An app that identifies itself by a client ID metadata document (ARCHITECTURE.md "Dynamic
// registration") meets the same client rules as one made with POST /clients or registered through
// RFC 7591: redirect URIs, scopes (API scopes must belong to a registered API), grant types, name
// length, no control characters. It holds no secret, so it must be a public app (PKCE).

/** A client_id that names a document rather than a registered app (whose ids are never URLs). */
export const isDocumentClientId = (clientId: unknown): clientId is string =>
  typeof clientId === "string" && clientId.startsWith("https://");

/** Throws VALIDATION (field and message) unless the document's metadata passes Ninka's client rules. */
export async function assertClientDocumentAllowed(system: SystemActor, metadata: Record<string, unknown>) {
  const data = parseOrThrow(clientInputSchema, fromRegistrationMetadata(metadata));
  if (isConfidential(data.application_type)) {
    throw DomainError.field("token_endpoint_auth_method", "must be none: an app known by a document holds no secret");
  }
  await assertApiScopesExist(system, data.scope);
  return data;
}
