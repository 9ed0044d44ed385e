import { z } from "zod";
import { DAY_MS } from "@/lib/kernel/time/durations";
import { plainText } from "@/lib/kernel/validation/plain-text";

// Initial access tokens (RFC 7591 §3), as POST /registration-tokens takes and answers them; the
// field names are the REST contract (ARCHITECTURE.md "Dynamic registration"), shared with the OpenAPI document.
const MAX_EXPIRES_IN = (90 * DAY_MS) / 1000;
const MAX_REGISTRATIONS = 1000;

export const createRegistrationTokenSchema = z.object({
  name: plainText({ error: "is required" })
    .trim()
    .min(1, { error: "is required" })
    .max(100, { error: "must be at most 100 characters" }),
  expires_in: z
    .number({ error: "must be a number of seconds" })
    .int({ error: "must be a whole number of seconds" })
    .min(60, { error: "must be at least 60 seconds" })
    .max(MAX_EXPIRES_IN, { error: `must be at most ${MAX_EXPIRES_IN} seconds (90 days)` })
    .describe("Seconds until the token expires (at most 90 days)"),
  max_registrations: z
    .number({ error: "must be a number" })
    .int({ error: "must be a whole number" })
    .min(1, { error: `must be between 1 and ${MAX_REGISTRATIONS}` })
    .max(MAX_REGISTRATIONS, { error: `must be between 1 and ${MAX_REGISTRATIONS}` })
    .default(1)
    .describe("How many apps may register with it"),
});

/** GET /registration-tokens: one token, never its value. */
const registrationTokenViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  hint: z.string().describe("The token's last 4 characters"),
  created_at: z.string(),
  expires_at: z.string(),
  max_registrations: z.number().int(),
  registrations: z.number().int().describe("Apps registered with it so far"),
});

/** POST /registration-tokens: the token, shown once (only its digest is stored). */
export const createdRegistrationTokenSchema = z.object({
  id: z.string(),
  token: z.string().describe("Shown once; send as `Authorization: Bearer` to the registration endpoint"),
  name: z.string(),
  expires_at: z.string(),
  max_registrations: z.number().int(),
});

export const registrationTokenListSchema = z.object({ registration_tokens: z.array(registrationTokenViewSchema) });

export type RegistrationTokenView = z.output<typeof registrationTokenViewSchema>;
export type CreatedRegistrationToken = z.output<typeof createdRegistrationTokenSchema>;
