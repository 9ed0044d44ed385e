import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { issueUserToken } from "@/lib/kernel/crypto/issue-user-token";
import { SECRET_PREFIXES } from "@/lib/kernel/crypto/prefixed-secret";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { parseIdOrThrow } from "@/lib/kernel/validation/identifier";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { createRegistrationTokenSchema, type CreatedRegistrationToken, type RegistrationTokenView } from "./schemas";

// A developer's initial access tokens (ARCHITECTURE.md "Dynamic registration"): created (shown
// once, stored as a SHA-256 digest), listed while usable, revoked. Owner-scoped in every query.
const notFound = () => new DomainError("NOT_FOUND", "No registration token with this id exists.");
const usableWhere = (now = new Date()) => ({ revokedAt: null, expiresAt: { gt: now } });

export async function createRegistrationToken(actor: Actor, input: unknown): Promise<CreatedRegistrationToken> {
  const data = parseOrThrow(createRegistrationTokenSchema, input);
  const { token, row } = await issueUserToken(actor, {
    prefix: SECRET_PREFIXES.registrationToken,
    limitMessage: (max) => `You have reached the limit of ${max} registration tokens. Revoke one first.`,
    countUsable: (tx) => tx.registrationToken.count({ where: { userId: actor.id, ...usableWhere() } }),
    create: (tx, columns) =>
      tx.registrationToken.create({
        data: {
          ...columns,
          name: data.name,
          maxRegistrations: data.max_registrations,
          expiresAt: new Date(Date.now() + data.expires_in * 1000),
        },
      }),
    action: "registration_token.created",
    details: (created) => ({ name: created.name, max_registrations: created.maxRegistrations }),
  });
  return {
    id: row.id,
    token,
    name: row.name,
    expires_at: row.expiresAt.toISOString(),
    max_registrations: row.maxRegistrations,
  };
}

/** The actor's tokens that can still register an app, newest first. */
export async function listRegistrationTokens(actor: Actor): Promise<{ registration_tokens: RegistrationTokenView[] }> {
  const rows = await getDb().registrationToken.findMany({
    where: { userId: actor.id, ...usableWhere() },
    orderBy: { createdAt: "desc" },
  });
  return {
    registration_tokens: rows.map((row) => ({
      id: row.id,
      name: row.name,
      hint: row.hint,
      created_at: row.createdAt.toISOString(),
      expires_at: row.expiresAt.toISOString(),
      max_registrations: row.maxRegistrations,
      registrations: row.registrations,
    })),
  };
}

/** Revokes one of the actor's tokens; apps already registered with it stay. */
export async function revokeRegistrationToken(actor: Actor, rawId: unknown): Promise<void> {
  const id = parseIdOrThrow(rawId, notFound);
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.registrationToken.updateMany({
      where: { id, userId: actor.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (!count) throw notFound();
    await recordAuditEvent(tx, {
      actor,
      action: "registration_token.revoked",
      target: { type: "token", id },
      userId: actor.id,
    });
  });
}
