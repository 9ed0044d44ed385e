import "server-only";
import { generateAuthenticationOptions, type PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { getDb } from "@/lib/kernel/db/client";
import { CEREMONY_TIMEOUT_MS, saveChallenge } from "./challenges";
import { relyingParty } from "./relying-party";
import { storedTransports } from "./stored-passkey";

/**
 * Options for signing in with a passkey alone on interaction `uid`: no allowCredentials, so the
 * browser offers its discoverable credentials (also in the email field's autofill, conditional
 * mediation). User verification is required: the passkey is then the whole sign-in.
 */
export async function createSignInOptions(uid: string): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const options = await generateAuthenticationOptions({
    rpID: relyingParty().id,
    userVerification: "required",
    timeout: CEREMONY_TIMEOUT_MS,
  });
  await saveChallenge("sign-in", uid, options.challenge);
  return options;
}

/** Options for a passkey as the second step of `userId` (after the password) on interaction `uid`. */
export async function createSecondStepOptions(
  uid: string,
  userId: string,
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const passkeys = await getDb().passkey.findMany({
    where: { userId },
    select: { credentialId: true, transports: true },
  });
  const options = await generateAuthenticationOptions({
    rpID: relyingParty().id,
    userVerification: "preferred",
    timeout: CEREMONY_TIMEOUT_MS,
    allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: storedTransports(p.transports) })),
  });
  await saveChallenge("second-step", uid, options.challenge);
  return options;
}

/** Whether `userId` has a passkey (the second-step page then offers it beside the code). */
export async function hasPasskey(userId: string): Promise<boolean> {
  return (await getDb().passkey.count({ where: { userId } })) > 0;
}
