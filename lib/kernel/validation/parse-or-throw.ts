import { z } from "zod";
import { DomainError } from "@/lib/kernel/errors";

/** Parses `input` with `schema`, or throws DomainError("VALIDATION") carrying the field errors. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, message?: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const { fieldErrors, formErrors } = z.flattenError(result.error);
  throw DomainError.fields(fieldErrors as Record<string, string[]>, formErrors[0] ?? message);
}
