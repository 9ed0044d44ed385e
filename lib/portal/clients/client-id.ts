import { DomainError } from "@/lib/kernel/errors";
import { parseIdOrThrow } from "@/lib/kernel/validation/identifier";

// Another owner's client, an unknown id and a malformed one all get this one answer, so client
// ids cannot be probed (ARCHITECTURE.md "Actors and owner scoping").
export const clientNotFound = () => new DomainError("NOT_FOUND", "No client with this client_id exists.");

/** A client id from a path or form; anything malformed is NOT_FOUND. */
export const parseClientId = (value: unknown) => parseIdOrThrow(value, clientNotFound);
