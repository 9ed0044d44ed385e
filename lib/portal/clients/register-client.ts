import "server-only";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getConfig } from "@/lib/kernel/config/get-config";
import { digestSecret } from "@/lib/kernel/crypto/prefixed-secret";
import { getDb } from "@/lib/kernel/db/client";
import { lockUser } from "@/lib/kernel/db/lock-user";
import { DomainError } from "@/lib/kernel/errors";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { startReviewIfEnabled } from "@/lib/portal/reviews/start-review";
import { spendRegistration } from "@/lib/portal/registration-tokens/use-registration-token";
import { isConfidential } from "./application-types";
import { assertApiScopesExist } from "./check-api-scopes";
import { fromRegistrationMetadata } from "./registration-metadata";
import { clientInputSchema } from "./schemas";
import { toClientColumns } from "./to-client-view";

// An app registering itself through RFC 7591's endpoint (ARCHITECTURE.md "Dynamic registration").
// node-oidc-provider has validated the request, made the client_id and the secret; this stores the
// app in Ninka's Client table under Ninka's own client rules, in one transaction with its audit
// event. It acts as Ninka (a SystemActor): the owner is the initial access token's developer.
export type Registration = { via: "token"; tokenId: string; ownerId: string };

export async function registerClient(
  system: SystemActor,
  registration: Registration,
  clientId: string,
  metadata: Record<string, unknown>,
): Promise<void> {
  const data = parseOrThrow(clientInputSchema, fromRegistrationMetadata(metadata));
  await assertApiScopesExist(system, data.scope);
  const secret = typeof metadata.client_secret === "string" ? metadata.client_secret : null;
  if (isConfidential(data.application_type) !== Boolean(secret)) {
    throw DomainError.field("token_endpoint_auth_method", "does not match the kind of app registered");
  }
  const max = getConfig().NINKA_MAX_APPS_PER_USER;
  await getDb().$transaction(async (tx) => {
    await lockUser(tx, registration.ownerId);
    if (!(await spendRegistration(tx, registration.tokenId))) {
      throw new DomainError("FORBIDDEN", "The initial access token has no registrations left.");
    }
    if ((await tx.client.count({ where: { ownerId: registration.ownerId } })) >= max) {
      throw new DomainError("CONFLICT", `The token's developer has reached the limit of ${max} apps.`);
    }
    await tx.client.create({
      data: {
        id: clientId,
        ownerId: registration.ownerId,
        ...toClientColumns(data),
        registeredVia: registration.via,
        registrationTokenId: registration.tokenId,
        secrets: secret
          ? { create: { id: crypto.randomUUID(), digest: digestSecret(secret), hint: secret.slice(-4) } }
          : undefined,
      },
    });
    await startReviewIfEnabled(tx, clientId);
    await recordAuditEvent(tx, {
      actor: system,
      action: "app.registered",
      target: { type: "app", id: clientId },
      clientId,
      userId: registration.ownerId,
      details: { name: data.client_name, application_type: data.application_type, via: registration.via },
    });
  });
}
