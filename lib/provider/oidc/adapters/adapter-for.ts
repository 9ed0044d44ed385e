import type { Adapter } from "oidc-provider";
import { ClientAdapter } from "./client-adapter";
import { PayloadAdapter } from "./payload-adapter";

/** oidc-provider's adapter factory: clients from Ninka's Client table, the rest in OidcPayload. */
export function adapterFor(model: string): Adapter {
  return model === "Client" ? new ClientAdapter() : new PayloadAdapter(model);
}
