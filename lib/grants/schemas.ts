import { z } from "zod";

/** "Remove access" names the app by its client_id. */
export const removeAccessSchema = z.object({ client_id: z.string({ error: "is required" }).min(1, { error: "is required" }).max(200) });
