import "server-only";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { getSignUpPolicy } from "@/lib/accounts/settings/get-sign-up-policy";
import { signUpRefusal } from "@/lib/accounts/settings/sign-up-policy";
import { ACCOUNT_DISABLED } from "@/lib/accounts/users/authenticate-user";
import { emailSchema } from "@/lib/accounts/users/schemas";
import { metrics } from "@/lib/kernel/metrics/registry";
import { FederationRefusal, type FederationRefusalCode } from "./refusals";
import { createFederatedAccount, isStorable, linkIdentity } from "./link-identity";
import type { EnabledConnection } from "./sign-in-connections";
import type { UpstreamIdentity } from "./upstream-identity";

// Which Ninka account an upstream identity signs into (ARCHITECTURE.md "Federation"):
// 1. one already linked, found by issuer and subject (never by email);
// 2. else the account with the same address, linked now, only when both the upstream and Ninka
//    verified that address;
// 3. else a new account, when the connection may create them and the sign-up policy admits the
//    address; it has no password (its way in is the upstream) and its address counts as verified.

const actor = systemActor("sign-in");

const domainOf = (email: string) => email.slice(email.lastIndexOf("@") + 1);

/**
 * The account `identity` signs into through `connection` (rules above); records the sign-in.
 * Throws FederationRefusal, or FORBIDDEN for a disabled account.
 */
export async function authenticateFederated(
  connection: EnabledConnection,
  identity: UpstreamIdentity,
): Promise<string> {
  const userId = await resolveFederatedAccount(connection, identity);
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { disabledAt: true } });
  if (!user || user.disabledAt) {
    metrics().logins.inc({ result: "failure", connection: connection.id });
    throw new DomainError("FORBIDDEN", ACCOUNT_DISABLED);
  }
  metrics().logins.inc({ result: "success", connection: connection.id });
  await recordAuditEvent(getDb(), {
    actor,
    action: "signin.succeeded",
    target: { type: "user", id: userId },
    userId,
    details: { method: "federation", connection: connection.name },
  });
  return userId;
}

async function resolveFederatedAccount(connection: EnabledConnection, identity: UpstreamIdentity): Promise<string> {
  const refuse = (reason: FederationRefusalCode) => new FederationRefusal(reason, connection.name);
  if (!isStorable(identity)) throw refuse("failed");
  const db = getDb();
  const parsedEmail = identity.email === null ? null : emailSchema.safeParse(identity.email);
  const email = parsedEmail?.success && identity.emailVerified ? parsedEmail.data : null;
  if (connection.domains.length > 0 && !(email && connection.domains.includes(domainOf(email)))) throw refuse("domain");
  const linked = await db.federatedIdentity.findUnique({
    where: { issuer_subject: { issuer: identity.issuer, subject: identity.subject } },
    select: { id: true, userId: true },
  });
  if (linked) {
    await db.federatedIdentity.update({ where: { id: linked.id }, data: { lastUsedAt: new Date() } });
    return linked.userId;
  }
  if (!email) {
    const taken = parsedEmail?.success && (await db.user.findUnique({ where: { email: parsedEmail.data } }));
    throw refuse(taken ? "link-first" : "unverified");
  }
  const existing = await db.user.findUnique({ where: { email }, select: { id: true, emailVerifiedAt: true } });
  if (existing) {
    if (!existing.emailVerifiedAt) throw refuse("link-first");
    await linkIdentity(existing.id, connection, identity, email);
    return existing.id;
  }
  if (!connection.createAccounts) throw refuse("no-account");
  if (signUpRefusal(await getSignUpPolicy(), email)) throw refuse("sign-up-closed");
  return createFederatedAccount(connection, identity, email);
}
