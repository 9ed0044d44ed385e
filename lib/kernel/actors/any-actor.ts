import type { Actor } from "./actor";
import type { SystemActor } from "./system-actor";

// The operator's CLI: trusted, since whoever runs it already holds the database and NINKA_SECRET
// (ARCHITECTURE.md "Administration"). Recorded as such in the audit log.
export type CliActor = { readonly kind: "cli" };
export const cliActor: CliActor = Object.freeze({ kind: "cli" });

/** Whoever acts: a signed-in user (admin or not), the operator's CLI, or Ninka itself. */
export type AnyActor = Actor | SystemActor | CliActor;
