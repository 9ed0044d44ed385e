import type { ConnectionPreset } from "./presets";

/**
 * What an upstream provider vouched for; no token of it is kept (ARCHITECTURE.md "Federation").
 * `amr` (RFC 8176) and `acr` (OIDC Core §2) say how the person signed in there, as far as it says.
 */
export type UpstreamIdentity = {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  amr: string[];
  acr: string | null;
};

// What is kept of amr and acr: short printable values, a few of them (they travel in a cookie).
const AMR_VALUE = /^[\x21-\x7e]{1,64}$/;
const ACR_VALUE = /^[\x21-\x7e]{1,200}$/;
const MAX_AMR = 10;

/**
 * The identity in validated ID token `claims`, its address from `profile` (the claims, or userinfo
 * over them). An address counts as verified when the upstream says `email_verified`; Microsoft
 * never does, and says `xms_edov` (the address's domain is verified by the user's tenant) instead.
 */
export function identityFromClaims(
  preset: ConnectionPreset,
  claims: { iss: string; sub: string; amr?: unknown; acr?: unknown },
  profile: Record<string, unknown>,
): UpstreamIdentity {
  return {
    issuer: claims.iss,
    subject: claims.sub,
    email: typeof profile.email === "string" ? profile.email.toLowerCase() : null,
    emailVerified: profile.email_verified === true || (preset === "microsoft" && profile.xms_edov === true),
    name: typeof profile.name === "string" ? profile.name : null,
    amr: Array.isArray(claims.amr)
      ? claims.amr
          .filter((value): value is string => typeof value === "string" && AMR_VALUE.test(value))
          .slice(0, MAX_AMR)
      : [],
    acr: typeof claims.acr === "string" && ACR_VALUE.test(claims.acr) ? claims.acr : null,
  };
}
