import "server-only";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import { getConfig } from "@/lib/kernel/config/get-config";
import { unseal } from "@/lib/kernel/crypto/derived-keys";
import { getDb } from "@/lib/kernel/db/client";
import { identifierSchema } from "@/lib/kernel/validation/identifier";
import { CONNECTION_PRESETS, type ConnectionPreset } from "./presets";
import type { UpstreamConnection } from "./upstream-client";

// The sign-in's reads of connections (ARCHITECTURE.md "Federation"): across every administrator's
// configuration, so they take the sign-in's SystemActor. A disabled connection is as absent as a
// removed one: off the login page, and its callbacks refused.
export type SignInConnection = { id: string; name: string; preset: ConnectionPreset };

const presetOf = (preset: string): ConnectionPreset =>
  Object.hasOwn(CONNECTION_PRESETS, preset) ? (preset as ConnectionPreset) : "oidc";

/** The enabled connections, oldest first: the login and sign-up pages' "Continue with …" buttons. */
export async function listSignInConnections(actor: SystemActor): Promise<SignInConnection[]> {
  if (actor.kind !== "system") return []; // a cast must not make this a signed-in user's read
  const rows = await getDb().connection.findMany({
    where: { enabled: true },
    select: { id: true, name: true, preset: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({ ...row, preset: presetOf(row.preset) }));
}

export type EnabledConnection = UpstreamConnection & { name: string; createAccounts: boolean; domains: string[] };

/** Enabled connection `id` with its client secret unsealed, or null. */
export async function getEnabledConnection(_actor: SystemActor, id: unknown): Promise<EnabledConnection | null> {
  const parsed = identifierSchema.safeParse(id);
  if (!parsed.success) return null;
  const row = await getDb().connection.findUnique({ where: { id: parsed.data } });
  if (!row?.enabled) return null;
  return {
    id: row.id,
    name: row.name,
    preset: presetOf(row.preset),
    issuer: row.issuer,
    clientId: row.clientId,
    clientSecret: await unseal(row.clientSecret, getConfig().secret, "connection-secrets"),
    scopes: row.scopes,
    createAccounts: row.createAccounts,
    domains: Array.isArray(row.domains) ? (row.domains as string[]) : [],
  };
}
