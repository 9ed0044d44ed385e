import { createHash, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { PayloadAdapter } from "@/lib/provider/oidc/adapters/payload-adapter";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { purgeExpiredPayloads } from "@/lib/provider/oidc/purge-expired-payloads";
import { notExpiredWhere } from "@/lib/kernel/time/expiry";
import { useTestDatabase } from "./support/use-test-database";

// The oidc-provider adapter contract, on the real database of this run (SQLite or PostgreSQL).
describe("PayloadAdapter", () => {
  useTestDatabase();
  const id = () => randomUUID();

  it("upserts, finds and overwrites a payload", async () => {
    const adapter = new PayloadAdapter("AccessToken");
    const key = id();
    await adapter.upsert(key, { jti: key, accountId: "u1", scope: "openid" }, 60);
    expect(await adapter.find(key)).toEqual({ jti: key, accountId: "u1", scope: "openid" });
    await adapter.upsert(key, { jti: key, accountId: "u1", scope: "openid email" }, 60);
    expect(await adapter.find(key)).toMatchObject({ scope: "openid email" });
    expect(await adapter.find(id())).toBeUndefined();
  });

  it("keeps models apart: the same id under another model is not found", async () => {
    const key = id();
    await new PayloadAdapter("AccessToken").upsert(key, { jti: key }, 60);
    expect(await new PayloadAdapter("RefreshToken").find(key)).toBeUndefined();
  });

  it("hides expired payloads and purges them", async () => {
    const adapter = new PayloadAdapter("Interaction");
    const expired = id();
    const live = id();
    await adapter.upsert(expired, { jti: expired }, 60);
    await adapter.upsert(live, { jti: live }, 3600);
    await getDb().oidcPayload.update({
      where: { model_id: { model: "Interaction", id: expired } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await adapter.find(expired)).toBeUndefined();
    expect(await purgeExpiredPayloads(systemActor("purge"))).toBeGreaterThanOrEqual(1);
    expect(await getDb().oidcPayload.count({ where: { model: "Interaction", id: expired } })).toBe(0);
    expect(await adapter.find(live)).toMatchObject({ jti: live });
  });

  it("consumes once, reporting the time of consumption", async () => {
    const adapter = new PayloadAdapter("AuthorizationCode");
    const key = id();
    await adapter.upsert(key, { jti: key, grantId: "g" }, 60);
    expect(await adapter.find(key)).not.toHaveProperty("consumed");
    const before = Math.floor(Date.now() / 1000);
    await adapter.consume(key);
    const consumed = (await adapter.find(key))?.consumed as number;
    expect(consumed).toBeGreaterThanOrEqual(before - 1);
    await adapter.consume(key);
    expect((await adapter.find(key))?.consumed).toBe(consumed);
  });

  it("finds by uid and by user code", async () => {
    const session = new PayloadAdapter("Session");
    const device = new PayloadAdapter("DeviceCode");
    const uid = id();
    const userCode = `CODE-${id().slice(0, 8)}`;
    await session.upsert(id(), { uid, accountId: "u1" }, 60);
    await device.upsert(id(), { userCode, clientId: "c" }, 60);
    expect(await session.findByUid(uid)).toMatchObject({ uid, accountId: "u1" });
    expect(await device.findByUserCode(userCode)).toMatchObject({ userCode });
    expect(await session.findByUid(id())).toBeUndefined();
    expect(await new PayloadAdapter("Session").findByUserCode(userCode)).toBeUndefined();
  });

  it("destroys one payload", async () => {
    const adapter = new PayloadAdapter("Grant");
    const key = id();
    await adapter.upsert(key, { jti: key }, 60);
    await adapter.destroy(key);
    expect(await adapter.find(key)).toBeUndefined();
  });

  it("revokes by grant id within its own model only", async () => {
    const grantId = id();
    const access = new PayloadAdapter("AccessToken");
    const refresh = new PayloadAdapter("RefreshToken");
    const [a1, a2, r1, other] = [id(), id(), id(), id()];
    await access.upsert(a1, { jti: a1, grantId }, 60);
    await access.upsert(a2, { jti: a2, grantId }, 60);
    await access.upsert(other, { jti: other, grantId: id() }, 60);
    await refresh.upsert(r1, { jti: r1, grantId }, 60);
    await access.revokeByGrantId(grantId);
    expect(await access.find(a1)).toBeUndefined();
    expect(await access.find(a2)).toBeUndefined();
    expect(await access.find(other)).toBeDefined();
    expect(await refresh.find(r1)).toBeDefined();
  });

  it("stores tokens and codes under the digest of their id, with no jti in the payload", async () => {
    for (const model of ["AccessToken", "RefreshToken", "AuthorizationCode", "ClientCredentials"]) {
      const adapter = new PayloadAdapter(model);
      const key = `${id()}-${id()}`;
      await adapter.upsert(key, { jti: key, grantId: "g", kind: model }, 60);
      expect(await adapter.find(key)).toEqual({ jti: key, grantId: "g", kind: model });
      const rows = await getDb().oidcPayload.findMany({ where: { model } });
      expect(JSON.stringify(rows)).not.toContain(key);
      expect(rows.map((row) => row.id)).toContain(createHash("sha256").update(key).digest("hex"));
      await adapter.consume(key);
      expect(await adapter.find(key)).toHaveProperty("consumed");
      await adapter.destroy(key);
      expect(await adapter.find(key)).toBeUndefined();
    }
  });

  it("writes expiry in Prisma's format: the prepared statements and Prisma agree (lib/kernel/db/hot-path.ts)", async () => {
    const adapter = new PayloadAdapter("Session");
    const key = id();
    const before = Date.now();
    await adapter.upsert(key, { jti: key, uid: key }, 60);
    const row = await getDb().oidcPayload.findFirst({ where: { model: "Session", id: key, ...notExpiredWhere() } });
    expect(row?.expiresAt?.getTime()).toBeGreaterThanOrEqual(before + 59_000);
    expect(row?.expiresAt?.getTime()).toBeLessThanOrEqual(Date.now() + 61_000);
    expect(row?.payload).toEqual({ jti: key, uid: key });
    expect(await adapter.findByUid(key)).toEqual({ jti: key, uid: key });
    // An expiry Prisma wrote is read by the prepared statements: a passed one hides the row.
    await getDb().oidcPayload.update({
      where: { model_id: { model: "Session", id: key } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await adapter.find(key)).toBeUndefined();
  });

  it("stores payloads without expiry", async () => {
    const adapter = new PayloadAdapter("ReplayDetection");
    const key = id();
    await adapter.upsert(key, { jti: key }, 0);
    expect(await adapter.find(key)).toEqual({ jti: key });
  });
});
