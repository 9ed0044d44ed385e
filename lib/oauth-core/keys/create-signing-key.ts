import "server-only";
import { z } from "zod";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getConfig } from "@/lib/kernel/config/get-config";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { newSigningKey, sealedKeyRow } from "./get-key-material";
import { DEFAULT_SIGNING_ALG, SIGNING_ALGS } from "./signing-algorithms";
import { bumpSigningKeysVersion } from "./signing-keys-version";

const rotateSchema = z.object({
  alg: z.enum(SIGNING_ALGS, { error: `Choose one of ${SIGNING_ALGS.join(", ")}.` }).default(DEFAULT_SIGNING_ALG),
});

/**
 * The first step of a rotation (ARCHITECTURE.md "Signing keys"): a new key of `alg` in state
 * `next`, published in the JWKS of every process within a second but signing nothing until it is
 * activated. One next key per algorithm at a time.
 */
export async function rotateSigningKey(actor: AnyActor, input: unknown): Promise<{ kid: string; alg: string }> {
  const { alg } = parseOrThrow(rotateSchema, input);
  const key = await newSigningKey(alg);
  const row = await sealedKeyRow(`signing:${key.kid}`, key, getConfig().secret, "next");
  return getDb().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const waiting = await tx.oidcKey.findFirst({
      where: { kind: "signing", alg, state: "next" },
      select: { kid: true },
    });
    if (waiting)
      throw new DomainError(
        "CONFLICT",
        `Key ${waiting.kid} is already the next ${alg} key: activate or retire it first.`,
      );
    await tx.oidcKey.create({ data: row });
    await bumpSigningKeysVersion(tx);
    await recordAuditEvent(tx, {
      actor,
      action: "key.rotated",
      target: { type: "key", id: key.kid },
      details: { alg },
    });
    return { kid: key.kid!, alg };
  });
}
