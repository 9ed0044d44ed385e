import { DAY, HOUR, MINUTE, YEAR } from "./durations";

// Every lifetime Ninka gives something, in seconds, stated once. Code derives its expiries from
// here, and texts their words (durationWords): a lifetime changed here changes every mail and page
// that tells it. An API's own token lifetime is the API's setting (lib/portal/apis/limits.ts).
export const LIFETIMES = {
  // node-oidc-provider's models (lib/provider/oidc/configuration.ts): codes and tokens short-lived
  // (RFC 9700), a signed-in session and its refresh tokens two weeks, consent a year.
  authorizationCode: MINUTE,
  deviceCode: 10 * MINUTE,
  idToken: HOUR,
  interaction: HOUR,
  /** Access tokens naming no API (userinfo), and the lifetime a new API starts with. */
  accessToken: HOUR,
  /** The longest access-token lifetime an API may set (lib/portal/apis/limits.ts). */
  longestAccessToken: DAY,
  refreshToken: 14 * DAY,
  session: 14 * DAY,
  /** A provider session nobody signed in to (an anonymous device-flow page keeps its state there). */
  anonymousSession: 10 * MINUTE,
  grant: YEAR,
  /** The console's next-auth session; it also ends with the provider session it came from. */
  consoleSession: 12 * HOUR,
  /** How recent a sign-in must be for a sensitive change (lib/accounts/sessions/step-up.ts). */
  stepUp: 10 * MINUTE,
  /** A WebAuthn challenge, and the ceremony timeout the browser is given. */
  passkeyChallenge: 5 * MINUTE,
  /** A federated sign-in's round trip through the upstream provider (its sealed cookie). */
  federationState: 10 * MINUTE,
  /** An administrator's invitation link. */
  invitation: 7 * DAY,
  /** A team owner's or admin's invitation link to join the team (ARCHITECTURE.md "Teams"). */
  teamInvitation: 7 * DAY,
  /** Mailed links by purpose (lib/accounts/users/email-links.ts). */
  emailLink: { verify: DAY, reset: 30 * MINUTE, change: DAY },
} as const;

/** The moment something with a lifetime of `seconds` expires, counted from `from`. */
export const expiresAfter = (seconds: number, from = new Date()) => new Date(from.getTime() + seconds * 1000);
