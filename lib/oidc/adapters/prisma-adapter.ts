import "server-only";
import type { Adapter, AdapterPayload } from "oidc-provider";
import { getDb } from "@/lib/db/client";
import { findPayload, upsertPayload } from "@/lib/db/hot-path";
import { forgetSessionDevice, recordSessionDevice } from "@/lib/sessions/session-devices";
import { notExpiredWhere } from "@/lib/time/expiry";
import { HASHED_ID_MODELS, tokenIdDigest } from "./token-id-digest";

// node-oidc-provider's storage for every model it persists (Session, Interaction, Grant,
// AccessToken, AuthorizationCode, RefreshToken, DeviceCode, …), one row per (model, id) in
// OidcPayload. Every method is one indexed statement; every query is scoped to this model.
// Tokens and codes are stored under the digest of their id, never the id itself (token-id-digest.ts).
export class PrismaAdapter implements Adapter {
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
    // One prepared INSERT … ON CONFLICT on the hot path (lib/db/hot-path.ts).
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
    if (this.model === "Session" && payload.accountId) await recordSessionDevice(rawId, payload.accountId);
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    const row = await findPayload(this.model, this.key(id));
    if (!row) return undefined;
    const payload = row.payload as AdapterPayload;
    // The jti is not stored for hashed models: the caller just presented it.
    return { ...payload, ...(this.hashed && { jti: id }), ...(row.consumed !== null && { consumed: row.consumed }) };
  }

  findByUid(uid: string) {
    return this.findWhere({ model: this.model, uid });
  }

  findByUserCode(userCode: string) {
    return this.findWhere({ model: this.model, userCode });
  }

  async consume(id: string): Promise<void> {
    await getDb().oidcPayload.updateMany({
      where: { model: this.model, id: this.key(id), consumedAt: null },
      data: { consumedAt: new Date() },
    });
  }

  async destroy(id: string): Promise<void> {
    await getDb().oidcPayload.deleteMany({ where: { model: this.model, id: this.key(id) } });
    if (this.model === "Session") await forgetSessionDevice(id);
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    await getDb().oidcPayload.deleteMany({ where: { model: this.model, grantId } });
  }

  // Expired rows are invisible at once and deleted later by purgeExpiredPayloads.
  private async findWhere(where: { model: string; uid?: string; userCode?: string }) {
    const row = await getDb().oidcPayload.findFirst({
      where: { ...where, ...notExpiredWhere() },
      select: { payload: true, consumedAt: true },
    });
    if (!row) return undefined;
    const payload = row.payload as AdapterPayload;
    if (row.consumedAt) return { ...payload, consumed: Math.floor(row.consumedAt.getTime() / 1000) };
    return payload;
  }
}
