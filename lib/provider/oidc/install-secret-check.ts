import type Provider from "oidc-provider";
import { matchClientSecret, type StoredSecret } from "@/lib/portal/client-secrets/client-secret";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { patchCompareClientSecret } from "@/lib/oauth-core/upstream/oidc-provider-internals";
import { recordSecretUse } from "./record-client-use";
import { SECRETS_PROPERTY } from "./to-oidc-metadata";

const USAGE = systemActor("usage");

/**
 * client_secret_basic / client_secret_post: the presented secret must match one of the client's
 * active, unexpired secret digests (constant-time). Clients without stored digests (the static
 * first-party console client) keep oidc-provider's own comparison.
 */
export function installSecretCheck(provider: Provider): void {
  patchCompareClientSecret(provider, (client, presented) => {
    // oidc-provider keeps extra metadata under its snake_case name.
    const secrets = client[SECRETS_PROPERTY] as StoredSecret[] | undefined;
    if (!secrets) return undefined;
    const match = matchClientSecret(secrets, presented);
    if (match) recordSecretUse(USAGE, client.clientId, match);
    return match !== null;
  });
}
