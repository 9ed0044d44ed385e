import { DomainError } from "@/lib/kernel/errors";
import { parseIdOrThrow } from "@/lib/kernel/validation/identifier";

// Another owner's API, an unknown id and a malformed one all get this one answer, so API ids
// cannot be probed (ARCHITECTURE.md "Actors and owner scoping").
export const apiNotFound = () => new DomainError("NOT_FOUND", "No API with this id exists.");

/** An API id from a path or form; anything malformed is NOT_FOUND. */
export const parseApiId = (value: unknown) => parseIdOrThrow(value, apiNotFound);
