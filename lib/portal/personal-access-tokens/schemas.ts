import { z } from "zod";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { plainText } from "@/lib/kernel/validation/plain-text";
import { TOKEN_SCOPES } from "./token-scopes";

// The create-token input, shared by the console form, its server action and the CLI.
export const EXPIRY_CHOICES = [7, 30, 60, 90, 365] as const;
const MAX_EXPIRY_DAYS = 365;
export const MAX_NAME_LENGTH = 100;

const emptyToUndefined = (value: unknown) => (value === "" || value === "never" || value === null ? undefined : value);

const createTokenSchema = z.object({
  name: plainText({ error: "Enter a name" })
    .trim()
    .min(1, { error: "Enter a name" })
    .max(MAX_NAME_LENGTH, { error: `Use at most ${MAX_NAME_LENGTH} characters` }),
  scopes: z
    .array(
      z.enum(TOKEN_SCOPES, { error: `Scopes are ${TOKEN_SCOPES.slice(0, -1).join(", ")} and ${TOKEN_SCOPES.at(-1)}` }),
      { error: "Choose at least one scope" },
    )
    .min(1, { error: "Choose at least one scope" })
    .transform((scopes) => TOKEN_SCOPES.filter((scope) => scopes.includes(scope))),
  // Absent: the token does not expire (until revoked).
  expiresInDays: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "Choose an expiry" })
      .int({ error: "Expiry must be a whole number of days" })
      .min(1, { error: "Expiry must be at least 1 day" })
      .max(MAX_EXPIRY_DAYS, { error: `Expiry must be at most ${MAX_EXPIRY_DAYS} days` })
      .optional(),
  ),
});

export type CreateTokenInput = z.output<typeof createTokenSchema>;

/** Parses raw input (form or CLI); throws DomainError VALIDATION with field errors. */
export const parseCreateTokenInput = (raw: unknown): CreateTokenInput => parseOrThrow(createTokenSchema, raw);

export const createTokenFormValues = (form: FormData) => ({
  name: form.get("name"),
  scopes: form.getAll("scopes"),
  expiresInDays: form.get("expiresInDays"),
});
