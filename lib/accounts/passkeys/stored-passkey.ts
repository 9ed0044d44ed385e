import type { AuthenticatorTransport, CredentialDeviceType, WebAuthnCredential } from "@simplewebauthn/server";
import { isoBase64URL } from "@simplewebauthn/server/helpers";

/** Transports as stored (a JSON array), kept to strings. */
export const storedTransports = (value: unknown): AuthenticatorTransport[] =>
  Array.isArray(value) ? (value.filter((t) => typeof t === "string") as AuthenticatorTransport[]) : [];

/** A stored row as SimpleWebAuthn's credential (the public key is base64url COSE). */
export const toCredential = (row: {
  credentialId: string;
  publicKey: string;
  counter: number;
  transports: unknown;
}): WebAuthnCredential => ({
  id: row.credentialId,
  publicKey: isoBase64URL.toBuffer(row.publicKey),
  counter: row.counter,
  transports: storedTransports(row.transports),
});

/**
 * RFC 8176 method of a passkey assertion: "hwk" for a device-bound key (it cannot leave the
 * authenticator), "swk" for a synced passkey (its key travels through a sync service). The
 * authenticator's backup-eligibility flag decides (W3C WebAuthn §6.1.3).
 */
export const keyMethod = (deviceType: CredentialDeviceType): "hwk" | "swk" =>
  deviceType === "singleDevice" ? "hwk" : "swk";

/**
 * The `amr` of a sign-in with a passkey alone: the key method, plus "user" when the authenticator
 * verified the user (PIN or biometric; the UV flag, W3C WebAuthn §6.1): RFC 8176 has no value for
 * "a verification of unknown kind", and "user" is the closest it has.
 */
export const passkeyOnlyAmr = (deviceType: CredentialDeviceType, userVerified: boolean): string[] =>
  userVerified ? [keyMethod(deviceType), "user"] : [keyMethod(deviceType)];
