import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import { findApiScopes } from "@/lib/portal/apis/scope-groups";
import { DomainError } from "@/lib/kernel/errors";
import { isScope } from "@/lib/oauth-core/scopes/oidc-scopes";
import { unknownScopeMessage } from "./schemas";

/**
 * Throws VALIDATION (on `scope`, like the schema's own checks) unless every API scope in `scope`
 * belongs to a registered API. The schema is synchronous, so this database check runs after it.
 */
export async function assertApiScopesExist(actor: Actor | SystemActor, scope: string | undefined): Promise<void> {
  const values = (scope ?? "").split(" ").filter((value) => value && !isScope(value));
  if (!values.length) return;
  const known = new Set((await findApiScopes(actor, values)).flatMap((group) => group.scopes.map((s) => s.value)));
  const unknown = values.filter((value) => !known.has(value));
  if (unknown.length) throw DomainError.field("scope", unknownScopeMessage(unknown));
}
