import { interactionPolicy, type KoaContextWithOIDC } from "oidc-provider";

// Authentication context classes (OIDC Core §2 `acr`), one list for discovery, ID tokens and the
// policy below: how strongly the person proved who they are, derived from how they signed in (amr,
// RFC 8176). An app that needs two factors asks with `acr_values` and checks `acr`.
export const ACR = {
  password: "urn:ninka:acr:password",
  multiFactor: "urn:ninka:acr:mfa",
} as const;
export const ACR_VALUES = Object.values(ACR);

// Two factors: a password (or another identity provider, "fed") and another factor, a passkey the
// authenticator unlocked for the user ("user": user verification, RFC 8176 §2), or an upstream
// provider that says it used several ("mfa").
const SECOND_FACTORS = new Set(["otp", "hwk", "swk"]);
const FIRST_FACTORS = ["pwd", "user", "fed"];
export const acrFor = (amr: string[]) =>
  amr.includes("mfa") ||
  (amr.some((value) => SECOND_FACTORS.has(value)) && FIRST_FACTORS.some((value) => amr.includes(value)))
    ? ACR.multiFactor
    : ACR.password;

/** The login result of an interaction: who, how (amr) and how strongly (acr). */
export const loginResult = (accountId: string, amr: string[]) => ({ accountId, amr, acr: acrFor(amr) });

/**
 * oidc-provider's prompts (max_age and prompt=login are its own checks) plus one: an app asking
 * for two factors with `acr_values` makes a single-factor session sign in again. Only once per
 * authorization: after that login, acr says what the person could do, and the app decides.
 */
export function promptPolicy() {
  const policy = interactionPolicy.base();
  const login = policy.get("login")!;
  login.checks.add(
    new interactionPolicy.Check(
      "acr_mfa_requested",
      "The app asked for two-step sign-in",
      (ctx: KoaContextWithOIDC) => {
        const { oidc } = ctx;
        const requested = String(oidc.params?.acr_values ?? "").split(" ");
        if (!requested.includes(ACR.multiFactor) || oidc.result?.login)
          return interactionPolicy.Check.NO_NEED_TO_PROMPT;
        return oidc.session?.acr === ACR.multiFactor
          ? interactionPolicy.Check.NO_NEED_TO_PROMPT
          : interactionPolicy.Check.REQUEST_PROMPT;
      },
    ),
  );
  return policy;
}
