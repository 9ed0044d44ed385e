import "server-only";
import { ownerFeeds } from "@/lib/kernel/actors/owner-scope";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { recordAppEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb, type Db } from "@/lib/kernel/db/client";
import { revokeClientTokens } from "@/lib/accounts/lifecycle/revoke-client-tokens";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { DomainError } from "@/lib/kernel/errors";
import { identifierSchema } from "@/lib/kernel/validation/identifier";
import { plainText } from "@/lib/kernel/validation/plain-text";
import { z } from "zod";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { notifyAppOwner } from "@/lib/portal/notices/notify-app-owner";

// The reason is one line of text the owner reads, under the same rules as every text field
// (ARCHITECTURE.md "Input"); a malformed client ID names no app (lib/kernel/validation/identifier.ts).
const suspendSchema = z.object({
  clientId: z.string().trim().min(1, "Enter the client ID."),
  reason: plainText().trim().pipe(z.string().min(1, "Say why, for the owner.").max(500)),
});
const notFound = (clientId: string) => new DomainError("NOT_FOUND", `no app with client ID ${clientId}`);

type Tx = Pick<Db, "client">;
const NOTICES = systemActor("notices");
const findClient = (tx: Tx, clientId: string) =>
  identifierSchema.safeParse(clientId).success
    ? tx.client.findUnique({ where: { id: clientId }, select: { id: true, name: true, ownerId: true, teamId: true } })
    : null;

/**
 * Suspends an app: from now on the provider refuses it (findProviderClient reads the row on every
 * process), and every token, code and grant issued to it is deleted in the same transaction.
 */
export async function suspendClient(actor: AnyActor, input: unknown) {
  const { clientId, reason } = parseOrThrow(suspendSchema, input);
  const suspended = await getDb().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const client = await findClient(tx, clientId);
    if (!client) throw notFound(clientId);
    await tx.client.update({ where: { id: clientId }, data: { suspendedAt: new Date(), suspendedReason: reason } });
    await revokeClientTokens(tx, clientId);
    await recordAppEvent(tx, actor, "app.suspended", { clientId, ...ownerFeeds(client) }, { reason });
    return client;
  });
  // The owner hears of it with the reason, once the decision holds.
  await notifyAppOwner(NOTICES, clientId, "suspended", reason);
  return suspended;
}

export async function unsuspendClient(actor: AnyActor, input: { clientId: unknown }) {
  const clientId = typeof input.clientId === "string" ? input.clientId.trim() : "";
  if (!clientId) throw new DomainError("VALIDATION", "Enter the client ID.", { clientId: ["Enter the client ID."] });
  const lifted = await getDb().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const client = await findClient(tx, clientId);
    if (!client) throw notFound(clientId);
    await tx.client.update({ where: { id: clientId }, data: { suspendedAt: null, suspendedReason: null } });
    await recordAppEvent(tx, actor, "app.unsuspended", { clientId, ...ownerFeeds(client) });
    return client;
  });
  await notifyAppOwner(NOTICES, clientId, "unsuspended");
  return lifted;
}
