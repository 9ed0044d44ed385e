import { AsyncLocalStorage } from "node:async_hooks";
import type { Registration } from "@/lib/portal/clients/register-client";

// What Ninka decided about the registration request being served (lib/provider/oidc/guard-registration.ts),
// for the client adapter that stores the app when node-oidc-provider calls it: `registration` on
// RFC 7591 POST (who the app will belong to), none on RFC 7592 PUT and DELETE; `requestedScope`,
// the scope asked for, API scopes included (lib/provider/oidc/registration-scopes.ts). No store: the
// provider is not serving a registration request, and the adapter refuses to write.
// `retryAfterSeconds`: set by the adapter when a cap of the `open` policy refused the registration,
// for the guard's Retry-After. On globalThis (Next.js bundles lib/ apart from server.ts's copy).
export type RegistrationContext = { registration?: Registration; requestedScope?: string; retryAfterSeconds?: number };

const state = globalThis as unknown as { __ninkaRegistration?: AsyncLocalStorage<RegistrationContext> };
export const registrationContext = (state.__ninkaRegistration ??= new AsyncLocalStorage<RegistrationContext>());
