import { recordAppEvent } from "@/lib/kernel/audit/record-audit-event";
import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/kernel/actors/actor";
import { isConfidential } from "@/lib/portal/clients/application-types";
import { parseClientId } from "@/lib/portal/clients/client-id";
import { findClientFor } from "@/lib/portal/clients/find-client-for";
import { ownerFeeds } from "@/lib/kernel/actors/owner-scope";
import { generateClientSecret } from "@/lib/kernel/crypto/prefixed-secret";
import { getDb } from "@/lib/kernel/db/client";
import { notExpiredWhere } from "@/lib/kernel/time/expiry";
import { DomainError } from "@/lib/kernel/errors";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { createSecretSchema, type CreatedSecret } from "./schemas";
import { MAX_ACTIVE_SECRETS } from "./client-secret";

/**
 * Adds a secret to the actor's (or their team's) confidential client. Refuses a third active secret (409) and public
 * clients (409). The plaintext is returned once; only its digest is stored.
 */
export async function createSecret(actor: Actor, clientIdInput: unknown, input: unknown = {}): Promise<CreatedSecret> {
  const clientId = parseClientId(clientIdInput);
  const { expires_in } = parseOrThrow(createSecretSchema, input ?? {});
  const secret = generateClientSecret();
  const expiresAt = expires_in ? new Date(Date.now() + expires_in * 1000) : null;
  const row = await getDb().$transaction(async (tx) => {
    // Lock the client row first (PostgreSQL: row lock; SQLite: the write lock), so concurrent
    // requests count and insert one after another and never exceed the limit. Whether the actor
    // may is read after the lock; a refusal rolls the no-op update back.
    await tx.$executeRaw`UPDATE "Client" SET "id" = "id" WHERE "id" = ${clientId}`;
    const client = await findClientFor(tx, actor, clientId, "secrets.manage");
    if (!isConfidential(client.applicationType)) {
      throw new DomainError(
        "CONFLICT",
        "Public clients (single-page and native apps) have no secrets; they use PKCE instead.",
      );
    }
    const active = await tx.clientSecret.count({ where: { clientId, ...notExpiredWhere() } });
    if (active >= MAX_ACTIVE_SECRETS) {
      throw new DomainError(
        "CONFLICT",
        `This app already has ${MAX_ACTIVE_SECRETS} active secrets. Revoke one before adding another.`,
      );
    }
    const created = await tx.clientSecret.create({
      data: { id: randomUUID(), clientId, digest: secret.digest, hint: secret.hint, expiresAt },
    });
    await recordAppEvent(
      tx,
      actor,
      "secret.created",
      { clientId, ...ownerFeeds(client) },
      { secret_id: created.id, expires_at: expiresAt?.toISOString() ?? null },
    );
    return created;
  });
  return {
    id: row.id,
    client_secret: secret.secret,
    created_at: row.createdAt.toISOString(),
    expires_at: row.expiresAt?.toISOString() ?? null,
  };
}
