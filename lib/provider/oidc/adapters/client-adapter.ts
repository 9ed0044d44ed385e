import type { Adapter, AdapterPayload } from "oidc-provider";
import { toOidcMetadata } from "@/lib/provider/oidc/to-oidc-metadata";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { findProviderClient } from "@/lib/portal/clients/find-provider-client";
import { registerClient } from "@/lib/portal/clients/register-client";
import { deleteRegisteredClient, updateRegisteredClient } from "@/lib/portal/clients/manage-registered-client";
import { DomainError } from "@/lib/kernel/errors";
import { registrationContext } from "@/lib/provider/oidc/registration-context";
import { INTERNAL_PROPERTIES } from "@/lib/provider/oidc/guard-registration";

// oidc-provider's "Client" model, read from Ninka's Client table. Clients are written through
// lib/portal/clients only: from the console and REST, or, for RFC 7591/7592 requests that
// lib/provider/oidc/guard-registration.ts admitted, through upsert and destroy below. Every token request looks its client up here: a read
// of the clients' cache version, and the client with its secrets only when that changed
// (lib/portal/clients/provider-client-cache.ts). oidc-provider caches the validated client by a hash of
// this metadata, so any change (a revoked or expired secret, an edit) is seen on the next request,
// in every process.
const PROVIDER = systemActor("oidc-provider");
const REGISTRATION = systemActor("registration");

export class ClientAdapter implements Adapter {
  async find(id: string): Promise<AdapterPayload | undefined> {
    const row = await findProviderClient(PROVIDER, id);
    return row ? (toOidcMetadata(row) as AdapterPayload) : undefined;
  }

  async upsert(id: string, payload: AdapterPayload): Promise<void> {
    const context = registrationContext.getStore();
    if (!context) throw new Error("Clients are registered through Ninka's console or REST API");
    // The scope as asked for, API scopes included, which the provider could not keep.
    const metadata = {
      ...(payload as Record<string, unknown>),
      ...(context.requestedScope !== undefined && { scope: context.requestedScope }),
    };
    const internal = INTERNAL_PROPERTIES.find((property) => property in metadata);
    await asRegistrationError(async () => {
      if (internal) throw DomainError.field(internal, "is not client metadata a client may set");
      if (context.registration) await registerClient(REGISTRATION, context.registration, id, metadata);
      else await updateRegisteredClient(REGISTRATION, id, metadata);
    });
  }

  async destroy(id: string): Promise<void> {
    if (!registrationContext.getStore()) throw new Error("Clients are deleted through Ninka's console or REST API");
    await asRegistrationError(() => deleteRegisteredClient(REGISTRATION, id));
  }

  async findByUid(): Promise<undefined> {
    return undefined;
  }

  async findByUserCode(): Promise<undefined> {
    return undefined;
  }

  async consume(): Promise<void> {}

  async revokeByGrantId(): Promise<void> {}
}

// Ninka's refusals as RFC 7591 §3.2.2 errors (a field's problem is invalid_client_metadata, or
// invalid_redirect_uri for redirect_uris), rendered by oidc-provider as 400/401/403. A cap of the
// `open` policy is 429 temporarily_unavailable (RFC 6749's code for "try again later"; RFC 7591
// has none for it), its Retry-After set by lib/provider/oidc/guard-registration.ts.
async function asRegistrationError(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const { errors } = await import("oidc-provider");
    const [field, messages] = Object.entries(error.fieldErrors ?? {})[0] ?? [];
    if (field) throw new errors.InvalidClientMetadata(`${field} ${messages?.[0] ?? "is invalid"}`);
    if (error.code === "RATE_LIMITED") {
      const retryAfter = error.extensions?.retryAfterSeconds;
      const context = registrationContext.getStore();
      if (context && typeof retryAfter === "number") context.retryAfterSeconds = retryAfter;
      throw Object.assign(new errors.TemporarilyUnavailable(error.message), { status: 429, statusCode: 429 });
    }
    if (error.code === "FORBIDDEN") throw new errors.InvalidToken(error.message);
    if (error.code === "NOT_FOUND") throw new errors.InvalidToken("client not found");
    throw new errors.InvalidRequest(error.message, 403);
  }
}
