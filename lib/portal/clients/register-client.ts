import "server-only";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import type { AuditWriter } from "@/lib/kernel/audit/record-audit-event";
import { getConfig } from "@/lib/kernel/config/get-config";
import { digestSecret } from "@/lib/kernel/crypto/prefixed-secret";
import { getDb, type Db } from "@/lib/kernel/db/client";
import { lockUser } from "@/lib/kernel/db/lock-user";
import { DomainError } from "@/lib/kernel/errors";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { lockDcrPolicy } from "@/lib/accounts/settings/dcr-policy";
import { countAttemptIn, openRegistrationTotal, THROTTLES } from "@/lib/accounts/users/login-throttle";
import { startReviewIfEnabled } from "@/lib/portal/reviews/start-review";
import { spendRegistration } from "@/lib/portal/registration-tokens/use-registration-token";
import { isConfidential } from "./application-types";
import { assertApiScopesExist } from "./check-api-scopes";
import { recordRegistrationEvent } from "./registration-audit";
import { fromRegistrationMetadata } from "./registration-metadata";
import { clientInputSchema } from "./schemas";
import { toClientColumns } from "./to-client-view";

// An app registering itself through RFC 7591's endpoint (ARCHITECTURE.md "Dynamic registration").
// node-oidc-provider has validated the request, made the client_id and the secret; this stores the
// app in Ninka's Client table under Ninka's own client rules, in one transaction with its audit
// event. It acts as Ninka (a SystemActor). With an initial access token (`token`) the owner is the
// token's developer; under the `open` policy the app has no owner and counts against the caps.
export type Registration = { via: "token"; tokenId: string; ownerId: string } | { via: "open"; ip: string | null };

/** Apps under `open` from a request whose address is unknown share one allowance. */
const UNKNOWN_IP = "unknown";

export async function registerClient(
  system: SystemActor,
  registration: Registration,
  clientId: string,
  metadata: Record<string, unknown>,
  now = new Date(),
): Promise<void> {
  const data = parseOrThrow(clientInputSchema, fromRegistrationMetadata(metadata));
  await assertApiScopesExist(system, data.scope);
  const secret = typeof metadata.client_secret === "string" ? metadata.client_secret : null;
  // oidc-provider makes a secret for secret-based methods only: none for private_key_jwt (RFC 7523).
  const needsSecret = isConfidential(data.application_type) && data.token_endpoint_auth_method !== "private_key_jwt";
  if (needsSecret !== Boolean(secret)) {
    throw DomainError.field("token_endpoint_auth_method", "does not match the kind of app registered");
  }
  await getDb().$transaction(async (tx) => {
    const ownerId =
      registration.via === "token" ? await spendToken(tx, registration) : await withinOpenCaps(tx, registration, now);
    await tx.client.create({
      data: {
        id: clientId,
        ownerId,
        ...toClientColumns(data),
        registeredVia: registration.via,
        registrationTokenId: registration.via === "token" ? registration.tokenId : null,
        secrets: secret
          ? { create: { id: crypto.randomUUID(), digest: digestSecret(secret), hint: secret.slice(-4) } }
          : undefined,
      },
    });
    await startReviewIfEnabled(tx, clientId);
    await recordRegistrationEvent(
      tx,
      system,
      "app.registered",
      { id: clientId, ownerId, teamId: null },
      {
        name: data.client_name,
        application_type: data.application_type,
        via: registration.via,
      },
    );
  });
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0] & AuditWriter;

/** `token`: one registration of the token spent, within its developer's cap on apps; the owner. */
async function spendToken(tx: Tx, registration: Extract<Registration, { via: "token" }>): Promise<string> {
  const max = getConfig().NINKA_MAX_APPS_PER_USER;
  await lockUser(tx, registration.ownerId);
  if (!(await spendRegistration(tx, registration.tokenId))) {
    throw new DomainError("FORBIDDEN", "The initial access token has no registrations left.");
  }
  if ((await tx.client.count({ where: { ownerId: registration.ownerId } })) >= max) {
    throw new DomainError("CONFLICT", `The token's developer has reached the limit of ${max} apps.`);
  }
  return registration.ownerId;
}

/**
 * `open`: under the policy's row lock (so registrations count one at a time, in every process), the
 * policy still open, fewer ownerless open-registered apps than the total cap, and the caller's IP
 * within its hourly allowance. No owner. A refusal rolls everything back: nothing is written.
 */
async function withinOpenCaps(tx: Tx, registration: Extract<Registration, { via: "open" }>, now: Date): Promise<null> {
  if ((await lockDcrPolicy(tx)).mode !== "open") {
    throw new DomainError("FORBIDDEN", "Registration without an initial access token is not enabled.");
  }
  const total = openRegistrationTotal();
  if ((await tx.client.count({ where: { registeredVia: "open", ownerId: null, teamId: null } })) >= total) {
    throw new DomainError(
      "RATE_LIMITED",
      `This server holds the most apps registered without a token it allows (${total}); try again later.`,
    );
  }
  const rule = THROTTLES.openRegistrationIp;
  const wait = await countAttemptIn(tx, rule, registration.ip ?? UNKNOWN_IP, now);
  if (wait > 0) {
    throw new DomainError(
      "RATE_LIMITED",
      `Too many apps registered from this address: at most ${rule.limit} an hour.`,
      undefined,
      { retryAfterSeconds: Math.ceil(wait / 1000) },
    );
  }
  return null;
}
