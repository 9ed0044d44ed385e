import { z } from "zod";
import { plainText } from "@/lib/kernel/validation/plain-text";

// Machine-to-machine access to an API, as its owner manages it (ARCHITECTURE.md "APIs and their
// permissions"): the apps that registered the API's scopes for client_credentials, and the scopes
// the owner approved for each.
export const apiClientSchema = z.object({
  client_id: z.string(),
  client_name: z.string(),
  developer: z.string().describe("Who built the app, as the consent screen names them"),
  requested_scopes: z.array(z.string()).describe("The API's scopes the app registered"),
  approved_scopes: z.array(z.string()).describe("The scopes its client_credentials tokens may carry"),
});

export type ApiClient = z.infer<typeof apiClientSchema>;

export const apiClientListSchema = z.object({ clients: z.array(apiClientSchema) });

/** PUT /apis/{apiId}/clients/{clientId}: the approved scopes, replacing the previous approval. */
export const approveScopesSchema = z.object({
  scopes: z
    .array(plainText({ error: "must be a list of scope values" }), { error: "must be a list of scope values" })
    .max(100, { error: "must have at most 100 entries" })
    .describe("Scopes of this API to approve for the app; the others are no longer approved"),
});
