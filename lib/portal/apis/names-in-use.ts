import "server-only";
import type { Db } from "@/lib/kernel/db/client";
import { DomainError, type FieldErrors } from "@/lib/kernel/errors";

type Tx = Pick<Db, "api" | "apiScope">;

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";

/**
 * Throws VALIDATION when the identifier (at creation) or a scope value is already another API's:
 * both are unique across the instance, since a token's audience and a requested scope must each
 * name exactly one API (RFC 8707 §2).
 */
export async function assertNamesFree(
  tx: Tx,
  input: { identifier?: string; scopes: { value: string }[] },
  apiId?: string,
) {
  const errors: FieldErrors = {};
  if (
    input.identifier &&
    (await tx.api.findUnique({ where: { identifier: input.identifier }, select: { id: true } }))
  ) {
    errors.identifier = ["is already registered; identifiers are unique"];
  }
  const values = input.scopes.map((scope) => scope.value);
  const taken = await tx.apiScope.findMany({
    where: { value: { in: values }, ...(apiId && { apiId: { not: apiId } }) },
    select: { value: true },
  });
  if (taken.length)
    errors.scopes = taken.map(
      ({ value }) => `${value} is already a scope of another API; scope values are unique across Ninka`,
    );
  if (Object.keys(errors).length) throw DomainError.fields(errors);
}

/** The same answer when two requests take a name at the same moment (the unique index decides). */
export function rethrowNameTaken(error: unknown): never {
  if (isUniqueViolation(error)) {
    throw new DomainError(
      "CONFLICT",
      "Another API took this identifier or one of these scope values at the same moment. Try again.",
    );
  }
  throw error;
}
