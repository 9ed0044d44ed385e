import { z } from "zod";

// How apps and APIs name their owner and are given to one (ARCHITECTURE.md "Teams"): the same
// shapes for clients and APIs, in REST, OpenAPI and the console.

/** `owner` in a client or API view: a person or a team; null for an app nobody owns. */
export const ownerViewSchema = z
  .object({ type: z.enum(["user", "team"]), id: z.string(), name: z.string() })
  .nullable()
  .describe("Who owns it: a developer or a team; null for an app that registered itself openly");

const teamIdField = z.string({ error: "must be a team id" }).max(100, { error: "must be a team id" });

/** `team_id` in POST /clients and POST /apis: create it in that team (the developer role at least). */
export const teamPlacementSchema = z.object({
  team_id: teamIdField.optional().describe("Create it in this team (needs the developer role there)"),
});

/** `team_id` as a list filter: that team's (any member), instead of the caller's own. */
export const teamFilterSchema = z.object({
  team_id: teamIdField.optional().describe("List this team's instead of your own (any member may)"),
});

/** PUT /clients/{id}/owner and PUT /apis/{id}/owner: into a team, or back to the caller. */
export const ownerMoveSchema = z.union(
  [z.strictObject({ team_id: teamIdField }), z.strictObject({ user: z.literal("me") })],
  { error: 'give either {"team_id": "…"} or {"user": "me"}' },
);
