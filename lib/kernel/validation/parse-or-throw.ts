import { z } from "zod";
import { DomainError } from "@/lib/kernel/errors";

/** Parses `input` with `schema`, or throws DomainError("VALIDATION") carrying the field errors. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  message = "Check the highlighted fields.",
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const { fieldErrors, formErrors } = z.flattenError(result.error);
  throw new DomainError("VALIDATION", formErrors[0] ?? message, fieldErrors as Record<string, string[]>);
}
