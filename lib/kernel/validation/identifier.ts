import { z } from "zod";
import type { DomainError } from "@/lib/kernel/errors";

// Ids that arrive in paths and forms (client ids, secret ids, token ids): printable ASCII without
// spaces, at most 200 characters. Nothing Ninka stores has any other shape, so a malformed id is
// answered like an unknown one, and control characters never reach the database (PostgreSQL
// refuses U+0000 with an error).
export const identifierSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\x21-\x7e]+$/);

/** `value` as an id, or throws `notFound()`: a malformed id names nothing, as an unknown one. */
export function parseIdOrThrow(value: unknown, notFound: () => DomainError): string {
  const parsed = identifierSchema.safeParse(value);
  if (!parsed.success) throw notFound();
  return parsed.data;
}
