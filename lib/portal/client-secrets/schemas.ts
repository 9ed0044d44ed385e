import { z } from "zod";
import { YEAR } from "@/lib/kernel/time/durations";

export const createSecretSchema = z.object({
  expires_in: z
    .number({ error: "must be a number of seconds" })
    .int({ error: "must be a whole number of seconds" })
    .min(1, { error: "must be at least 1 second" })
    .max(5 * YEAR, { error: "must be at most 5 years" })
    .optional()
    .describe("Seconds until the secret expires; omit for a secret that lasts until revoked"),
});

const secretViewSchema = z.object({
  id: z.string(),
  hint: z.string().describe("The last 4 characters of the secret"),
  created_at: z.string(),
  expires_at: z.string().nullable(),
  last_used_at: z.string().nullable(),
});

export const secretListSchema = z.object({ client_id: z.string(), secrets: z.array(secretViewSchema) });

export const createdSecretSchema = z.object({
  id: z.string(),
  client_secret: z.string().describe("Shown once; only a digest is stored"),
  created_at: z.string(),
  expires_at: z.string().nullable(),
});

export type SecretView = z.infer<typeof secretViewSchema>;
export type SecretList = z.infer<typeof secretListSchema>;
export type CreatedSecret = z.infer<typeof createdSecretSchema>;
