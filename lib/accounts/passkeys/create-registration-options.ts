import "server-only";
import { generateRegistrationOptions, type PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/server";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { requireRecentSignIn } from "@/lib/accounts/sessions/step-up";
import { CEREMONY_TIMEOUT_MS, saveChallenge } from "./challenges";
import { DomainError } from "@/lib/kernel/errors";
import { passkeysAvailable, relyingParty } from "./relying-party";
import { storedTransports } from "./stored-passkey";

/**
 * Options for adding a passkey to `actor`'s account (W3C WebAuthn §5.4): a discoverable credential
 * (so it can sign in without an email), the account's existing passkeys excluded, no attestation.
 * The challenge is kept server-side, bound to the actor. A passkey signs in on its own, so adding
 * one needs a recent sign-in (step-up, lib/accounts/sessions/step-up.ts), checked again when it is added.
 */
export async function createRegistrationOptions(actor: Actor): Promise<PublicKeyCredentialCreationOptionsJSON> {
  if (!passkeysAvailable())
    throw new DomainError("CONFLICT", "Passkeys need Ninka to be reached by a host name, not an IP address.");
  await requireRecentSignIn(actor);
  const rp = relyingParty();
  const existing = await getDb().passkey.findMany({
    where: { userId: actor.id },
    select: { credentialId: true, transports: true },
  });
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: actor.email,
    userDisplayName: actor.name,
    // The user handle is the account id: a discoverable credential hands it back at sign-in.
    userID: new TextEncoder().encode(actor.id),
    timeout: CEREMONY_TIMEOUT_MS,
    attestationType: "none",
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: storedTransports(p.transports) })),
    authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
  });
  await saveChallenge("register", actor.id, options.challenge);
  return options;
}
