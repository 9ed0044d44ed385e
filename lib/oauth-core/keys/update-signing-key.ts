import "server-only";
import { z } from "zod";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb, type Db } from "@/lib/kernel/db/client";
import { DomainError, isDomainError } from "@/lib/kernel/errors";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import {
  checkRetirement,
  planActivation,
  SIGNED_TOKEN_WINDOW_SECONDS,
  type SigningKeyFacts,
  type SigningKeyState,
} from "./signing-key-states";
import { bumpSigningKeysVersion } from "./signing-keys-version";

// Activating and retiring signing keys (ARCHITECTURE.md "Signing keys"). Each change, its version
// bump and its audit event are one transaction; the updates name the state they expect, so two
// concurrent changes cannot both apply.
const kidSchema = z.object({
  // RFC 7638 thumbprints, base64url: anything else names no key Ninka made.
  kid: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,128}$/, { error: "Give a key id (kid) from `ninka keys list`." }),
});

type Tx = Pick<Db, "oidcKey" | "cacheVersion" | "auditEvent" | "user">;

async function findKey(tx: Tx, kid: string): Promise<SigningKeyFacts> {
  const row = await tx.oidcKey.findFirst({ where: { kind: "signing", kid } });
  if (!row?.alg || !row.state) throw new DomainError("NOT_FOUND", `No signing key has the id ${kid}.`);
  return { kid, alg: row.alg, state: row.state as SigningKeyState, retiringAt: row.retiringAt };
}

async function move(tx: Tx, kid: string, from: SigningKeyState, data: Record<string, unknown>) {
  const { count } = await tx.oidcKey.updateMany({ where: { kind: "signing", kid, state: from }, data });
  if (count !== 1) throw new DomainError("CONFLICT", `Key ${kid} changed meanwhile: list the keys and try again.`);
}

/** Makes a next key the one that signs; the active key of its algorithm starts retiring. */
export async function activateSigningKey(
  actor: AnyActor,
  input: unknown,
): Promise<{ kid: string; retiring: string | null }> {
  const { kid } = parseOrThrow(kidSchema, input);
  return getDb().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const key = await findKey(tx, kid);
    const peers = await tx.oidcKey.findMany({
      where: { kind: "signing", alg: key.alg },
      select: { kid: true, state: true },
    });
    const plan = planActivation(
      key,
      peers.map((peer) => ({
        kid: peer.kid ?? "",
        alg: key.alg,
        state: peer.state as SigningKeyState,
        retiringAt: null,
      })),
    );
    const now = new Date();
    if (plan.retire) await move(tx, plan.retire, "active", { state: "retiring", retiringAt: now });
    await move(tx, kid, "next", { state: "active", activatedAt: now });
    await bumpSigningKeysVersion(tx);
    const details = { alg: key.alg, retiring: plan.retire };
    await recordAuditEvent(tx, { actor, action: "key.activated", target: { type: "key", id: kid }, details });
    return { kid, retiring: plan.retire };
  });
}

/** Withdraws a key from the JWKS and destroys its private part, once no token it signed can be valid. */
export async function retireSigningKey(actor: AnyActor, input: unknown, now = new Date()): Promise<{ kid: string }> {
  const { kid } = parseOrThrow(kidSchema, input);
  return getDb().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const key = await findKey(tx, kid);
    checkRetirement(key, now);
    await retire(tx, actor, key, now);
    return { kid };
  });
}

async function retire(tx: Tx, actor: AnyActor, key: SigningKeyFacts, now: Date) {
  await move(tx, key.kid, key.state, { state: "retired", retiredAt: now, secretJwe: "" });
  await bumpSigningKeysVersion(tx);
  const details = { alg: key.alg, was: key.state };
  await recordAuditEvent(tx, { actor, action: "key.retired", target: { type: "key", id: key.kid }, details });
}

/** The maintenance pass: retires every retiring key whose tokens have all expired; how many. */
export async function retireExpiredSigningKeys(actor: SystemActor, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - SIGNED_TOKEN_WINDOW_SECONDS * 1000);
  const due = await getDb().oidcKey.findMany({
    where: { kind: "signing", state: "retiring", retiringAt: { lte: before } },
    select: { kid: true, alg: true, retiringAt: true },
  });
  let retired = 0;
  for (const row of due) {
    const key = { kid: row.kid ?? "", alg: row.alg ?? "", state: "retiring" as const, retiringAt: row.retiringAt };
    // Another process's pass may have retired it first (CONFLICT): nothing left to do.
    const done = await getDb()
      .$transaction((tx) => retire(tx, actor, key, now))
      .then(
        () => 1,
        (error: unknown) => (isDomainError(error) ? 0 : Promise.reject(error)),
      );
    retired += done;
  }
  return retired;
}
