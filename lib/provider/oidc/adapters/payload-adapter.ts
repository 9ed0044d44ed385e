import "server-only";
import type { Adapter, AdapterPayload } from "oidc-provider";
import { getDb } from "@/lib/kernel/db/client";
import { consumePayload, findPayload, upsertPayload } from "@/lib/kernel/db/hot-path";
import { recordSessionDevice } from "@/lib/accounts/sessions/session-devices";
import { HASHED_ID_MODELS, tokenIdDigest } from "./token-id-digest";

// node-oidc-provider's storage for every model it persists (Session, Interaction, Grant,
// AccessToken, AuthorizationCode, RefreshToken, DeviceCode, …), one row per (model, id) in
// OidcPayload. Every method is one indexed statement; every query is scoped to this model.
// upsert, find and consume are the hot path's prepared statements (ARCHITECTURE.md "Data");
// only the rarer deletes go through Prisma.
// Tokens and codes are stored under the digest of their id, never the id itself (token-id-digest.ts).
export class PayloadAdapter implements Adapter {
  private readonly hashed: boolean;

  constructor(private readonly model: string) {
    this.hashed = HASHED_ID_MODELS.has(model);
  }

  private key(id: string): string {
    return this.hashed ? tokenIdDigest(id) : id;
  }

  async upsert(rawId: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
    const id = this.key(rawId);
    const stored: AdapterPayload = { ...payload };
    if (this.hashed) delete stored.jti;
    // One prepared INSERT … ON CONFLICT on the hot path (lib/kernel/db/hot-path.ts).
    await upsertPayload({
      model: this.model,
      id,
      payload: stored,
      grantId: payload.grantId ?? null,
      clientId: payload.clientId ?? null,
      accountId: payload.accountId ?? null,
      userCode: payload.userCode ?? null,
      uid: payload.uid ?? null,
      expiresAt: expiresIn ? new Date(Date.now() + expiresIn * 1000) : null,
    });
    // A signed-in session notes its browser for /account/security (ARCHITECTURE.md "Sessions").
    if (this.model === "Session" && payload.accountId && payload.uid)
      await recordSessionDevice(payload.uid, payload.accountId);
  }

  // Reads, the upsert and consume are prepared statements on the hot path (lib/kernel/db/hot-path.ts);
  // expired rows are invisible at once and deleted later by purgeExpiredPayloads.
  async find(id: string): Promise<AdapterPayload | undefined> {
    const row = await findPayload(this.model, "id", this.key(id));
    // The jti is not stored for hashed models: the caller just presented it.
    return row && { ...withConsumed(row), ...(this.hashed && { jti: id }) };
  }

  async findByUid(uid: string) {
    const row = await findPayload(this.model, "uid", uid);
    return row && withConsumed(row);
  }

  async findByUserCode(userCode: string) {
    const row = await findPayload(this.model, "userCode", userCode);
    return row && withConsumed(row);
  }

  async consume(id: string): Promise<void> {
    await consumePayload(this.model, this.key(id));
  }

  async destroy(id: string): Promise<void> {
    // A session's device note stays: re-keying destroys the old id and saves the same uid again;
    // sign-outs end notes through lib/accounts/lifecycle, and the purge removes those of expired sessions.
    await getDb().oidcPayload.deleteMany({ where: { model: this.model, id: this.key(id) } });
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    await getDb().oidcPayload.deleteMany({ where: { model: this.model, grantId } });
  }
}

const withConsumed = (row: { payload: object; consumed: number | null }): AdapterPayload => ({
  ...(row.payload as AdapterPayload),
  ...(row.consumed !== null && { consumed: row.consumed }),
});
