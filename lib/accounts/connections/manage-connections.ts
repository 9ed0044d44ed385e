import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { getConfig } from "@/lib/kernel/config/get-config";
import { seal } from "@/lib/kernel/crypto/derived-keys";
import { getDb } from "@/lib/kernel/db/client";
import { parseIdOrThrow } from "@/lib/kernel/validation/identifier";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import {
  auditConnection,
  connectionNotFound as notFound,
  connectionSelect as select,
  toConnectionView as toView,
  type ConnectionView,
} from "./connection-view";
import { connectionInputSchema, connectionSettingsSchema } from "./schemas";

// Connections are the administrators' (and the operator CLI's) alone (ARCHITECTURE.md
// "Federation"). The client secret is sealed before it is stored and never read back out here.
type Request = { ip?: string | null; userAgent?: string | null };

export async function listConnections(actor: AnyActor): Promise<ConnectionView[]> {
  const db = getDb();
  await assertAdmin(db, actor);
  const rows = await db.connection.findMany({ select, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map(toView);
}

/** Adds a connection (enabled); answers it with the callback URL to register upstream. */
export async function createConnection(actor: AnyActor, input: unknown, request?: Request): Promise<ConnectionView> {
  const { clientSecret, ...fields } = parseOrThrow(connectionInputSchema, input);
  const sealed = await seal(clientSecret, getConfig().secret, "connection-secrets");
  const id = randomUUID();
  return getDb().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const row = await tx.connection.create({ data: { id, ...fields, clientSecret: sealed }, select });
    await auditConnection(tx, actor, request, "connection.created", id, {
      name: fields.name,
      preset: fields.preset,
      issuer: fields.issuer,
    });
    return toView(row);
  });
}

const enabledSchema = z.object({
  enabled: z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]),
});

/** Enables or disables connection `id`; a disabled one leaves the login page and its callback refuses. */
export async function updateConnectionEnabled(
  actor: AnyActor,
  id: unknown,
  input: unknown,
  request?: Request,
): Promise<ConnectionView> {
  const connectionId = parseIdOrThrow(id, notFound);
  const { enabled } = parseOrThrow(enabledSchema, input);
  return getDb().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const before = await tx.connection.findUnique({ where: { id: connectionId }, select: { enabled: true } });
    if (!before) throw notFound();
    const row = await tx.connection.update({ where: { id: connectionId }, data: { enabled }, select });
    if (before.enabled !== enabled) {
      await auditConnection(tx, actor, request, "connection.updated", connectionId, {
        enabled: { before: before.enabled, after: enabled },
      });
    }
    return toView(row);
  });
}

/**
 * Changes connection `id`'s label, whether it may create accounts and its allowed domains; not its
 * provider, issuer or client (another provider is another connection: its identities are other
 * people's). Audited with what changed, before and after.
 */
export async function updateConnectionSettings(
  actor: AnyActor,
  id: unknown,
  input: unknown,
  request?: Request,
): Promise<ConnectionView> {
  const connectionId = parseIdOrThrow(id, notFound);
  const settings = parseOrThrow(connectionSettingsSchema, input);
  return getDb().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const before = await tx.connection.findUnique({ where: { id: connectionId }, select });
    if (!before) throw notFound();
    const was = toView(before);
    const changes = Object.fromEntries(
      (["name", "createAccounts", "domains"] as const)
        .filter((key) => JSON.stringify(was[key]) !== JSON.stringify(settings[key]))
        .map((key) => [key, { before: was[key], after: settings[key] }]),
    );
    if (Object.keys(changes).length === 0) return was;
    const row = await tx.connection.update({ where: { id: connectionId }, data: settings, select });
    await auditConnection(tx, actor, request, "connection.updated", connectionId, changes);
    return toView(row);
  });
}

/** Removes connection `id` and the identities linked through it; the accounts stay. */
export async function deleteConnection(actor: AnyActor, id: unknown, request?: Request): Promise<void> {
  const connectionId = parseIdOrThrow(id, notFound);
  await getDb().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const row = await tx.connection.findUnique({ where: { id: connectionId }, select: { name: true } });
    if (!row) throw notFound();
    await tx.connection.delete({ where: { id: connectionId } });
    await auditConnection(tx, actor, request, "connection.deleted", connectionId, { name: row.name });
  });
}
