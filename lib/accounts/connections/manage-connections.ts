import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import type { AuditAction } from "@/lib/kernel/audit/audit-actions";
import { recordAuditEvent, type AuditEventInput, type AuditWriter } from "@/lib/kernel/audit/record-audit-event";
import { getConfig } from "@/lib/kernel/config/get-config";
import { seal } from "@/lib/kernel/crypto/derived-keys";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { parseIdOrThrow } from "@/lib/kernel/validation/identifier";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { CONNECTION_PRESETS, connectionCallbackUrl, type ConnectionPreset } from "./presets";
import { connectionInputSchema } from "./schemas";

// Connections are the administrators' (and the operator CLI's) alone (ARCHITECTURE.md
// "Federation"). The client secret is sealed before it is stored and never read back out here.
type Request = { ip?: string | null; userAgent?: string | null };

export type ConnectionView = {
  id: string;
  name: string;
  preset: ConnectionPreset;
  presetLabel: string;
  issuer: string;
  clientId: string;
  scopes: string;
  createAccounts: boolean;
  domains: string[];
  enabled: boolean;
  callbackUrl: string;
  identities: number;
  createdAt: Date;
};

const notFound = () => new DomainError("NOT_FOUND", "There is no such connection.");
const select = {
  id: true,
  name: true,
  preset: true,
  issuer: true,
  clientId: true,
  scopes: true,
  createAccounts: true,
  domains: true,
  enabled: true,
  createdAt: true,
  _count: { select: { identities: true } },
} as const;

type Row = Omit<ConnectionView, "preset" | "presetLabel" | "domains" | "callbackUrl" | "identities"> & {
  preset: string;
  domains: unknown;
  _count: { identities: number };
};

function toView({ _count, ...row }: Row): ConnectionView {
  const preset = (Object.hasOwn(CONNECTION_PRESETS, row.preset) ? row.preset : "oidc") as ConnectionPreset;
  return {
    ...row,
    preset,
    presetLabel: CONNECTION_PRESETS[preset].label,
    domains: Array.isArray(row.domains) ? (row.domains as string[]) : [],
    callbackUrl: connectionCallbackUrl(getConfig().NINKA_URL, row.id),
    identities: _count.identities,
  };
}

export async function listConnections(actor: AnyActor): Promise<ConnectionView[]> {
  const db = getDb();
  await assertAdmin(db, actor);
  const rows = await db.connection.findMany({ select, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map(toView);
}

/** Adds a connection (enabled); answers it with the callback URL to register upstream. */
/** A change to a connection, in the audit log (ARCHITECTURE.md "Audit log"). */
const auditConnection = (
  tx: AuditWriter,
  actor: AnyActor,
  request: AuditEventInput["request"],
  action: AuditAction,
  id: string,
  details: Record<string, unknown>,
) => recordAuditEvent(tx, { actor, action, target: { type: "connection", id }, request, details });

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
