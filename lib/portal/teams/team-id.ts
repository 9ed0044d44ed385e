import { DomainError } from "@/lib/kernel/errors";
import { parseIdOrThrow } from "@/lib/kernel/validation/identifier";

// A team the actor is not in, an unknown id and a malformed one all get this one answer, so team
// ids cannot be probed (ARCHITECTURE.md "Teams").
export const teamNotFound = () => new DomainError("NOT_FOUND", "No team with this id exists.");

/** A team id from a path, form or body; anything malformed is NOT_FOUND. */
export const parseTeamId = (value: unknown) => parseIdOrThrow(value, teamNotFound);
