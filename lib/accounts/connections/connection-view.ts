import "server-only";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import type { AuditAction } from "@/lib/kernel/audit/audit-actions";
import { recordAuditEvent, type AuditEventInput, type AuditWriter } from "@/lib/kernel/audit/record-audit-event";
import { getConfig } from "@/lib/kernel/config/get-config";
import { DomainError } from "@/lib/kernel/errors";
import { CONNECTION_PRESETS, connectionCallbackUrl, type ConnectionPreset } from "./presets";

// A connection as administrators see it (ARCHITECTURE.md "Federation"): never its client secret.
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

export const connectionNotFound = () => new DomainError("NOT_FOUND", "There is no such connection.");

/** What a read of a connection selects for its view. */
export const connectionSelect = {
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

export function toConnectionView({ _count, ...row }: Row): ConnectionView {
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

/** A change to a connection, in the audit log (ARCHITECTURE.md "Audit log"). */
export const auditConnection = (
  tx: AuditWriter,
  actor: AnyActor,
  request: AuditEventInput["request"],
  action: AuditAction,
  id: string,
  details: Record<string, unknown>,
) => recordAuditEvent(tx, { actor, action, target: { type: "connection", id }, request, details });
