// The OpenID Connect scopes Ninka offers: the one place to add a scope. Each has the plain words
// shown on the consent screen, in the console's scope picker, in connected apps and in the docs,
// and the claims it releases (OIDC Core §5.4). The provider's `scopes` and `claims` configuration
// is derived from this list (lib/provider/oidc/configuration.ts).
export const SCOPES = {
  openid: { title: "Sign you in", description: "Confirm who you are with your Ninka account.", claims: ["sub"] },
  profile: {
    title: "See your name",
    description: "Read the name on your Ninka profile.",
    claims: ["name", "updated_at"],
  },
  email: {
    title: "See your email address",
    description: "Read the email address of your Ninka account.",
    claims: ["email", "email_verified"],
  },
  offline_access: {
    title: "Stay connected",
    description: "Keep access while you are not using the app, until you remove it.",
    claims: [],
  },
} as const satisfies Record<string, { title: string; description: string; claims: readonly string[] }>;

export type Scope = keyof typeof SCOPES;
export const SCOPE_NAMES = Object.keys(SCOPES) as Scope[];
export const isScope = (value: string): value is Scope => Object.hasOwn(SCOPES, value);

/** The scope → claims map for oidc-provider's `claims` option (scopes that release claims only). */
export const scopeClaims = (): Record<string, string[]> =>
  Object.fromEntries(
    SCOPE_NAMES.filter((name) => SCOPES[name].claims.length).map((name) => [name, [...SCOPES[name].claims]]),
  );

/** Scope names in Ninka's order, for sorting lists of granted scopes. */
export const byScopeOrder = (a: string, b: string) => SCOPE_NAMES.indexOf(a as Scope) - SCOPE_NAMES.indexOf(b as Scope);
