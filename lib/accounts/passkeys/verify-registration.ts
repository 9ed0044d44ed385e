import "server-only";
import { randomUUID } from "node:crypto";
import { verifyRegistrationResponse } from "@simplewebauthn/server";
import { isoBase64URL } from "@simplewebauthn/server/helpers";
import type { Actor } from "@/lib/kernel/actors/actor";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { requireRecentSignIn } from "@/lib/accounts/sessions/step-up";
import { notifySecurityChange } from "@/lib/accounts/users/notify-security-change";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { consumeChallenge } from "./challenges";
import { relyingParty } from "./relying-party";
import { addPasskeySchema } from "./schemas";

export type PasskeyView = { id: string; name: string; createdAt: string; lastUsedAt: string | null };

const REFUSED = "The passkey could not be added. Try again.";

/**
 * Adds the passkey the browser just created for `actor` (W3C WebAuthn §7.1, by SimpleWebAuthn):
 * the challenge must be one issued to this actor, unexpired and unused (it is spent either way),
 * the origin and RP ID NINKA_URL's. Stores only public material; records `passkey.added`.
 */
export async function verifyRegistration(actor: Actor, input: unknown): Promise<PasskeyView> {
  const { name, response } = parseOrThrow(addPasskeySchema, input);
  await requireRecentSignIn(actor);
  const rp = relyingParty();
  let verification;
  try {
    verification = await verifyRegistrationResponse({
      response,
      expectedChallenge: consumeChallenge("register", actor.id),
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: false,
    });
  } catch {
    // The library throws on any mismatch (challenge, origin, RP ID, malformed attestation).
    throw new DomainError("VALIDATION", REFUSED);
  }
  if (!verification.verified) throw new DomainError("VALIDATION", REFUSED);
  const { credential } = verification.registrationInfo;
  const db = getDb();
  const added = await db.$transaction(async (tx) => {
    if (await tx.passkey.findUnique({ where: { credentialId: credential.id }, select: { id: true } }))
      throw new DomainError("CONFLICT", "This passkey is already registered");
    const row = await tx.passkey.create({
      data: {
        id: randomUUID(),
        userId: actor.id,
        credentialId: credential.id,
        publicKey: isoBase64URL.fromBuffer(credential.publicKey),
        counter: credential.counter,
        transports: credential.transports ?? [],
        name,
      },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "passkey.added",
      target: { type: "user", id: actor.id },
      userId: actor.id,
      details: { passkey: row.id },
    });
    return { id: row.id, name: row.name, createdAt: row.createdAt.toISOString(), lastUsedAt: null };
  });
  await notifySecurityChange(actor.email, "passkeyAdded");
  return added;
}
