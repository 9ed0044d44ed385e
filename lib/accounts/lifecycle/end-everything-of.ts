import "server-only";
import { endSessions } from "./end-sessions";
import { revokeEmailLinks, revokePersonalAccessTokens } from "./revoke-account-credentials";
import type { LifecycleTx } from "./transaction";
import { GRANT_BOUND_MODELS } from "@/lib/oauth-core/upstream/oidc-provider-internals";

export type EndedForAccount = { sessions: number; providerRows: number; tokens: number; links: number };

/**
 * Ends everything an account holds, for disabling or deleting it: its Ninka sessions (and with them
 * its console sessions), device notes, grants with every code and token issued under them (also
 * rows that carry only the grant id), personal access tokens and unused mailed links. The apps it
 * owns are not touched here: their users are not punished (deleting the account decides that).
 */
export async function endEverythingOf(tx: LifecycleTx, accountId: string, at = new Date()): Promise<EndedForAccount> {
  const sessions = await endSessions(tx, accountId, { all: true });
  const grants = await tx.oidcPayload.findMany({ where: { model: "Grant", accountId }, select: { id: true } });
  const bound = await tx.oidcPayload.deleteMany({
    where: { model: { in: [...GRANT_BOUND_MODELS] }, grantId: { in: grants.map((grant) => grant.id) } },
  });
  const own = await tx.oidcPayload.deleteMany({ where: { accountId } });
  const tokens = await revokePersonalAccessTokens(tx, accountId, at);
  const links = await revokeEmailLinks(tx, accountId);
  return { sessions, providerRows: bound.count + own.count, tokens, links };
}
