import "server-only";
import type { LifecycleTx } from "./transaction";

/**
 * Ends everything issued to an app: every grant, code, access and refresh token, device code and
 * pushed request carrying its client id. Used when the app is deleted or suspended; its secrets are
 * a separate decision (revokeClientSecrets).
 */
export async function revokeClientTokens(tx: LifecycleTx, clientId: string): Promise<number> {
  const { count } = await tx.oidcPayload.deleteMany({ where: { clientId } });
  return count;
}

/** Revokes every secret of an app: its next token request with one fails with invalid_client. */
export async function revokeClientSecrets(tx: LifecycleTx, clientId: string): Promise<number> {
  const { count } = await tx.clientSecret.deleteMany({ where: { clientId } });
  return count;
}
