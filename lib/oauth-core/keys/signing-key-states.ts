import { DomainError } from "@/lib/kernel/errors";
import { MINUTE } from "@/lib/kernel/time/durations";
import { LIFETIMES } from "@/lib/kernel/time/lifetimes";

// The life of a signing key (ARCHITECTURE.md "Signing keys"), as pure rules the CLI, the admin
// page and the maintenance pass share. A key is published in the JWKS from `next` until it is
// `retired`; only the `active` key of an algorithm signs.
export type SigningKeyState = "next" | "active" | "retiring" | "retired";

export const SIGNING_KEY_STATE_WORDS: Record<SigningKeyState, string> = {
  next: "Next (published, not signing yet)",
  active: "Active (signing)",
  retiring: "Retiring (published until its tokens expire)",
  retired: "Retired (withdrawn)",
};

/**
 * How long a token signed by a key may still be presented after the key stops signing: the longest
 * ID token or access token lifetime, or a console session holding an ID token as its logout hint,
 * plus a margin for processes that see the change up to a second late (lib/provider/oidc/get-provider.ts)
 * and for clock skew.
 */
export const SIGNED_TOKEN_WINDOW_SECONDS =
  Math.max(LIFETIMES.idToken, LIFETIMES.longestAccessToken, LIFETIMES.consoleSession) + MINUTE;

export type SigningKeyFacts = { kid: string; alg: string; state: SigningKeyState; retiringAt: Date | null };

/** When a retiring key may be withdrawn: every token it signed has expired by then. */
export function retirableAt(key: Pick<SigningKeyFacts, "retiringAt">): Date | null {
  return key.retiringAt ? new Date(key.retiringAt.getTime() + SIGNED_TOKEN_WINDOW_SECONDS * 1000) : null;
}

/**
 * The keys that change when `key` becomes active: it, and the active key of its algorithm, which
 * starts retiring. Refuses a key that is already active, retiring or retired.
 */
export function planActivation(key: SigningKeyFacts, keys: SigningKeyFacts[]) {
  if (key.state !== "next")
    throw new DomainError("CONFLICT", `Key ${key.kid} is ${key.state}: only a next key can be activated.`);
  const previous = keys.find((other) => other.alg === key.alg && other.state === "active");
  return { activate: key.kid, retire: previous?.kid ?? null };
}

/**
 * Refuses to retire a key that may still have valid tokens: an active key (activate its successor
 * first), a key still in its window, or one already retired. A next key never signed, so it goes at once.
 */
export function checkRetirement(key: SigningKeyFacts, now: Date): void {
  if (key.state === "retired") throw new DomainError("CONFLICT", `Key ${key.kid} is already retired.`);
  if (key.state === "active")
    throw new DomainError(
      "CONFLICT",
      `Key ${key.kid} is the active ${key.alg} key: rotate and activate its successor first.`,
    );
  const at = retirableAt(key);
  if (key.state === "retiring" && at && at > now)
    throw new DomainError(
      "CONFLICT",
      `Tokens signed by key ${key.kid} may be valid until ${at.toISOString()}: it can be retired after that.`,
    );
}

/**
 * The order keys are given to node-oidc-provider, which signs with the first one of an algorithm
 * (lib/oauth-core/upstream/oidc-provider-internals.ts): active keys first, in SIGNING_ALGS order,
 * then the published ones that do not sign.
 */
export function signingOrder<T extends { alg: string; state: SigningKeyState }>(
  keys: T[],
  algs: readonly string[],
): T[] {
  const published: SigningKeyState[] = ["active", "next", "retiring"];
  const rank = (key: T) => published.indexOf(key.state) * algs.length + algs.indexOf(key.alg);
  return keys.filter((key) => published.includes(key.state)).sort((a, b) => rank(a) - rank(b));
}
