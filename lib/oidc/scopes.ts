// The scopes Ninka offers, each with the plain-language description shown on the consent screen,
// in the console's scope picker and in the docs. The one place to add a scope.
export const SCOPES = {
  openid: { title: "Sign you in", description: "Confirm who you are with your Ninka account." },
  profile: { title: "See your name", description: "Read the name on your Ninka profile." },
  email: { title: "See your email address", description: "Read the email address of your Ninka account." },
  offline_access: {
    title: "Stay connected",
    description: "Keep access while you are not using the app, until you remove it.",
  },
} as const;

export type Scope = keyof typeof SCOPES;
export const SCOPE_NAMES = Object.keys(SCOPES) as Scope[];
export const isScope = (value: string): value is Scope => Object.hasOwn(SCOPES, value);
