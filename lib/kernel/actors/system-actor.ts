// Ninka acting for itself rather than for a signed-in user. The few code paths that deliberately
// read or write across owners take one, so each such query says so where it is called
// (ARCHITECTURE.md "Actors and owner scoping"): the provider's client lookup, the consent screen's
// view of another developer's app, recording "last used", purging expired rows, and retiring signing keys whose tokens have expired.
export type SystemJob =
  | "oidc-provider"
  | "consent-screen"
  | "usage"
  | "purge"
  | "sign-in"
  | "registration"
  | "client-id-document"
  | "notices"
  | "signing-keys"
  | "backchannel-logout";
export type SystemActor = { readonly kind: "system"; readonly job: SystemJob };

export const systemActor = (job: SystemJob): SystemActor => Object.freeze({ kind: "system", job });
