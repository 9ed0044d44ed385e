// The JWS algorithms Ninka holds signing keys for (get-key-material.ts creates one key per entry),
// with the words the console shows. The first is the default. Client secrets are stored as digests,
// so no HS* algorithm can ever appear here (ARCHITECTURE.md "Rules and where they live").
const SIGNING_ALGORITHMS = {
  ES256: { label: "ES256 (ECDSA, recommended)" },
  RS256: { label: "RS256 (RSA)" },
} as const;

export type SigningAlg = keyof typeof SIGNING_ALGORITHMS;
export const SIGNING_ALGS = Object.keys(SIGNING_ALGORITHMS) as [SigningAlg, ...SigningAlg[]];
export const DEFAULT_SIGNING_ALG: SigningAlg = SIGNING_ALGS[0];
/** The algorithms as the choices of a <select> (the console's ID token and API token settings). */
export const SIGNING_ALG_OPTIONS = SIGNING_ALGS.map((value) => ({ value, label: SIGNING_ALGORITHMS[value].label }));
/**
 * The ID token algorithm of an app that registers itself without naming one: OpenID Connect Dynamic
 * Client Registration 1.0 §2 makes RS256 the default, and such an app's library may expect it.
 */
export const REGISTRATION_DEFAULT_SIGNING_ALG: SigningAlg = "RS256";
