import { ACR, acrFor } from "@/lib/provider/oidc/acr";

// How a federated sign-in counts in Ninka's `amr` (RFC 8176) and so its `acr` (ARCHITECTURE.md
// "Federation"): always "fed", plus "mfa" when the upstream says it used several factors, either
// in its `amr` (by the rule Ninka applies to its own methods: "mfa", or a second factor with a
// first) or in its `acr`, naming a multi-factor class.
const MULTI_FACTOR_ACRS = new Set<string>([
  "http://schemas.openid.net/pape/policies/2007/06/multi-factor", // OpenID PAPE
  "http://schemas.openid.net/pape/policies/2007/06/multi-factor-physical",
  "https://refeds.org/profile/mfa", // REFEDS MFA profile (research and education federations)
  ACR.multiFactor, // another Ninka
]);

export function federatedAmr(upstream: { amr?: readonly string[]; acr?: string | null }): string[] {
  const amr = Array.isArray(upstream.amr) ? upstream.amr.filter((value) => typeof value === "string") : [];
  const multiFactor =
    acrFor(amr) === ACR.multiFactor || (typeof upstream.acr === "string" && MULTI_FACTOR_ACRS.has(upstream.acr));
  return multiFactor ? ["fed", "mfa"] : ["fed"];
}
