import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/kernel/actors/actor";
import type { AuditAction } from "@/lib/kernel/audit/audit-actions";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getConfig } from "@/lib/kernel/config/get-config";
import { getDb, type Db } from "@/lib/kernel/db/client";
import { lockUser } from "@/lib/kernel/db/lock-user";
import { DomainError } from "@/lib/kernel/errors";
import { generatePrefixedSecret } from "./prefixed-secret";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** The columns every user token row stores: never the token itself, only its digest and hint. */
type UserTokenColumns = { id: string; userId: string; digest: string; hint: string };

export type UserTokenKind<Row extends { id: string }> = {
  prefix: string;
  /** What refuses one more token once `max` are usable. */
  limitMessage: (max: number) => string;
  /** How many of the actor's tokens of this kind are still usable. */
  countUsable: (tx: Tx) => Promise<number>;
  create: (tx: Tx, columns: UserTokenColumns) => Promise<Row>;
  action: AuditAction;
  details: (row: Row) => Record<string, unknown>;
};

/**
 * Issues the actor one prefixed token (lib/kernel/crypto/prefixed-secret.ts), returned here once.
 * At most NINKA_MAX_TOKENS_PER_USER of a kind are usable, counted under the user's row lock
 * (ARCHITECTURE.md "Data"); the creation is audited in the same transaction (ARCHITECTURE.md "Audit log").
 */
export async function issueUserToken<Row extends { id: string }>(
  actor: Actor,
  kind: UserTokenKind<Row>,
): Promise<{ token: string; row: Row }> {
  const { secret, digest, hint } = generatePrefixedSecret(kind.prefix);
  const max = getConfig().NINKA_MAX_TOKENS_PER_USER;
  const row = await getDb().$transaction(async (tx) => {
    await lockUser(tx, actor.id);
    if ((await kind.countUsable(tx)) >= max) throw new DomainError("CONFLICT", kind.limitMessage(max));
    const created = await kind.create(tx, { id: randomUUID(), userId: actor.id, digest, hint });
    await recordAuditEvent(tx, {
      actor,
      action: kind.action,
      target: { type: "token", id: created.id },
      userId: actor.id,
      details: kind.details(created),
    });
    return created;
  });
  return { token: secret, row };
}
