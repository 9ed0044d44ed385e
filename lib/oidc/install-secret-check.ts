import type Provider from "oidc-provider";
import { SECRETS_PROPERTY } from "@/lib/clients/to-oidc-metadata";
import { matchClientSecret, type StoredSecret } from "@/lib/credentials/secrets";
import { recordSecretUse } from "./record-client-use";

/**
 * client_secret_basic / client_secret_post: the presented secret must match one of the client's
 * active, unexpired secret digests (constant-time). Clients without stored digests (the static
 * first-party console client) keep oidc-provider's own comparison.
 */
export function installSecretCheck(provider: Provider): void {
  const prototype = provider.Client.prototype as unknown as {
    compareClientSecret(this: { [SECRETS_PROPERTY]?: StoredSecret[]; clientId: string }, actual: string): Promise<boolean> | boolean;
  };
  const original = prototype.compareClientSecret;
  prototype.compareClientSecret = function compareClientSecret(actual) {
    // oidc-provider keeps extra metadata under its snake_case name.
    const secrets = this[SECRETS_PROPERTY];
    if (!secrets) return original.call(this, actual);
    const match = matchClientSecret(secrets, actual);
    if (match) recordSecretUse(this.clientId, match);
    return match !== null;
  };
}
