import "server-only";
import { randomUUID } from "node:crypto";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import type { AuditAction } from "@/lib/kernel/audit/audit-actions";
import { recordAuditEvent, type AuditWriter } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { hasControlCharacter } from "@/lib/kernel/validation/plain-text";
import { emailSchema } from "@/lib/accounts/users/schemas";
import { FederationRefusal } from "./refusals";
import type { EnabledConnection } from "./sign-in-connections";
import type { UpstreamIdentity } from "./upstream-identity";

// Writing links between upstream identities and accounts (ARCHITECTURE.md "Federation"): each
// with its audit event in one transaction. A link lost to a race (the same identity linked in
// another tab meanwhile) is a refusal, never a second link: (issuer, subject) is unique.
const actor = systemActor("sign-in");
const NAME_MAX = 100;
const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";

/** An event on the account's activity: what happened through which connection. */
const auditAccount = (tx: AuditWriter, by: AnyActor, action: AuditAction, userId: string, connection: string) =>
  recordAuditEvent(tx, { actor: by, action, target: { type: "user", id: userId }, userId, details: { connection } });

/** Whether the upstream's issuer and subject can be stored and looked up as given (no NUL for PostgreSQL). */
export const isStorable = ({ issuer, subject }: UpstreamIdentity) =>
  [issuer, subject].every((value) => value && value.length <= 500 && !hasControlCharacter(value));

/** Links `identity` to account `userId` (recorded on the account's activity). */
export async function linkIdentity(
  userId: string,
  connection: { id: string; name: string },
  identity: UpstreamIdentity,
  email: string | null,
): Promise<void> {
  if (!isStorable(identity)) throw new FederationRefusal("failed", connection.name);
  const address = emailSchema.safeParse(email);
  try {
    await getDb().$transaction(async (tx) => {
      await tx.federatedIdentity.create({
        data: {
          id: randomUUID(),
          userId,
          connectionId: connection.id,
          issuer: identity.issuer,
          subject: identity.subject,
          email: address.success ? address.data : null,
          lastUsedAt: new Date(),
        },
      });
      await auditAccount(tx, actor, "identity.linked", userId, connection.name);
    });
  } catch (error) {
    // The same upstream identity linked in another tab meanwhile: already done (or another's).
    if (!isUniqueViolation(error)) throw error;
    throw new FederationRefusal("failed", connection.name);
  }
}

export async function createFederatedAccount(
  connection: EnabledConnection,
  identity: UpstreamIdentity,
  email: string,
): Promise<string> {
  const id = randomUUID();
  // Control characters out (PostgreSQL refuses NUL), at most the profile form's length.
  const name =
    (identity.name ?? "")
      .replace(/[\u0000-\u001f\u007f]/g, "")
      .trim()
      .slice(0, NAME_MAX) || email.split("@")[0]!;
  try {
    await getDb().$transaction(async (tx) => {
      // passwordHash "": no password matches it (lib/accounts/users/password.ts verifyPassword).
      await tx.user.create({ data: { id, email, name, passwordHash: "", emailVerifiedAt: new Date() } });
      await tx.federatedIdentity.create({
        data: {
          id: randomUUID(),
          userId: id,
          connectionId: connection.id,
          issuer: identity.issuer,
          subject: identity.subject,
          email,
          lastUsedAt: new Date(),
        },
      });
      const account = { id, email, name };
      await auditAccount(tx, account, "signup.succeeded", id, connection.name);
      await auditAccount(tx, account, "identity.linked", id, connection.name);
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new FederationRefusal("failed", connection.name);
  }
  return id;
}
