import "server-only";
import { randomUUID } from "node:crypto";
import type { LifecycleTx } from "./transaction";

// The outbox of ARCHITECTURE.md "Back-channel logout": a session ended here (sign out everywhere,
// disable, delete, password change…) may end in a process without the provider (the CLI), so the
// logout tokens it owes are written with the deletion and sent by a server process
// (lib/provider/oidc/send-backchannel-logouts.ts). A session's payload names, per app signed in
// through it, the `sid` that app was given (oidc-provider's Session.authorizations).

type EndedSession = { accountId: string | null; payload: unknown };

/** Writes one pending logout per (app with a back-channel logout URI, account, sid) of `sessions`. */
export async function queueBackchannelLogouts(tx: LifecycleTx, sessions: EndedSession[], now = new Date()) {
  const wanted = sessions.flatMap(({ accountId, payload }) =>
    accountId ? authorizationsOf(payload).map(({ clientId, sid }) => ({ clientId, accountId, sid })) : [],
  );
  if (!wanted.length) return 0;
  const listening = await tx.client.findMany({
    where: { id: { in: [...new Set(wanted.map((row) => row.clientId))] }, backchannelLogoutUri: { not: null } },
    select: { id: true },
  });
  const ids = new Set(listening.map((client) => client.id));
  const rows = wanted
    .filter((row) => ids.has(row.clientId))
    .map((row) => ({ id: randomUUID(), ...row, attempts: 0, nextAttemptAt: now, createdAt: now }));
  if (rows.length) await tx.backchannelLogout.createMany({ data: rows });
  return rows.length;
}

function authorizationsOf(payload: unknown): { clientId: string; sid: string }[] {
  const parsed = typeof payload === "string" ? (JSON.parse(payload) as unknown) : payload;
  const authorizations = (parsed as { authorizations?: unknown } | null)?.authorizations;
  if (!authorizations || typeof authorizations !== "object") return [];
  return Object.entries(authorizations).flatMap(([clientId, value]) => {
    const sid = (value as { sid?: unknown } | null)?.sid;
    return typeof sid === "string" && sid ? [{ clientId, sid }] : [];
  });
}
