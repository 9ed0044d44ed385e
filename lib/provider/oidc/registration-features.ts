import { randomBytes } from "node:crypto";
import type { Configuration } from "oidc-provider";
import { generateClientSecret } from "@/lib/kernel/crypto/prefixed-secret";

// node-oidc-provider's RFC 7591 registration and RFC 7592 management (ARCHITECTURE.md "Dynamic
// registration"). Both are always enabled: who may register is an instance setting read at every
// request (lib/provider/oidc/guard-registration.ts), while this configuration is fixed when the
// provider is built. For the same reason the provider checks no initial access token itself
// (`initialAccessToken: false`) and so runs no `policies`: Ninka's tokens are developers' own, with
// limits and revocation (lib/portal/registration-tokens), checked in the guard, and Ninka's client
// rules run where the app is stored (lib/provider/oidc/adapters/client-adapter.ts).
export function registrationFeatures(): NonNullable<
  Pick<NonNullable<Configuration["features"]>, "registration" | "registrationManagement">
> {
  return {
    registration: {
      enabled: true,
      initialAccessToken: false,
      // Every registration gets an RFC 7592 registration access token (stored as a digest).
      issueRegistrationAccessToken: true,
      // The same shape as an app made in the console (lib/portal/clients/create-client.ts).
      idFactory: () => randomBytes(12).toString("hex"),
      // A Ninka secret (prefixed, 256 bits); the response shows it once, the database keeps its digest.
      secretFactory: () => generateClientSecret().secret,
    },
    registrationManagement: { enabled: true, rotateRegistrationAccessToken: true },
  };
}
