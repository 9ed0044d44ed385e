import { DomainError } from "@/lib/kernel/errors";

// Why a federated sign-in stopped, as codes in the login page's URL (a redirect cannot carry text)
// and the sentence the page shows for each (ARCHITECTURE.md "Federation"). `{name}` is the
// connection's label.
const FEDERATION_REFUSALS = {
  "link-first":
    "An account with this email address already exists. Sign in with your password or passkey first, then link {name} under Account security.",
  unverified: "{name} did not confirm your email address, so it cannot be used to sign in to this Ninka.",
  "no-account": "No account here is linked to your {name} account. Sign in another way, or ask an administrator.",
  "sign-up-closed": "Sign-up is closed on this Ninka, so no account can be created with {name}.",
  domain: "Your {name} address is not at a domain this Ninka admits.",
  disabled: "Signing in with {name} is turned off on this Ninka.",
  failed: "Signing in with {name} did not work. Try again, or sign in another way.",
} as const;

export type FederationRefusalCode = keyof typeof FEDERATION_REFUSALS;

const isFederationRefusalCode = (code: string): code is FederationRefusalCode =>
  Object.hasOwn(FEDERATION_REFUSALS, code);

const federationRefusalText = (code: FederationRefusalCode, name: string) =>
  FEDERATION_REFUSALS[code].replace("{name}", name);

export class FederationRefusal extends DomainError {
  constructor(
    readonly reason: FederationRefusalCode,
    name: string,
  ) {
    super("FORBIDDEN", federationRefusalText(reason, name));
  }
}

/** The login page's sentence for `?error=federation&reason=…&connection=…` (unknown parts: a generic one). */
export function federationRefusalMessage(
  reason: string | undefined,
  connectionId: string | undefined,
  connections: readonly { id: string; name: string }[],
): string {
  const name = connections.find((connection) => connection.id === connectionId)?.name ?? "that provider";
  return federationRefusalText(reason && isFederationRefusalCode(reason) ? reason : "failed", name);
}
