import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { PayloadAdapter } from "@/lib/provider/oidc/adapters/payload-adapter";
import { findAccount } from "@/lib/provider/oidc/find-account";
import { APP_REVIEW_SETTING, getAppReviewSetting } from "@/lib/accounts/settings/app-review-setting";
import { createUser } from "@/lib/accounts/users/create-user";
import { useTestDatabase } from "./support/use-test-database";

// The prepared statements of lib/kernel/db/hot-path.ts read and write what Prisma reads and writes, on
// the real database of this run: the account's claims, an instance setting, a consumed payload.
describe("hot-path statements agree with Prisma", () => {
  useTestDatabase();

  it("gives an account's claims as Prisma stores them, and nothing for an unknown id", async () => {
    const user = await createUser({
      email: `claims-${randomUUID().slice(0, 8)}@example.test`,
      name: "Claire Claims",
      password: "a long enough password 1",
    });
    const claims = async () => (await findAccount({} as never, user.id))!.claims("id_token", "openid", {}, []);
    const stored = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await claims()).toEqual({
      sub: user.id,
      name: "Claire Claims",
      email: user.email,
      email_verified: false,
      updated_at: Math.floor(stored.updatedAt.getTime() / 1000),
    });
    const later = new Date(Date.now() + 5_000);
    await getDb().user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date(), updatedAt: later } });
    expect(await claims()).toMatchObject({ email_verified: true, updated_at: Math.floor(later.getTime() / 1000) });
    expect(await findAccount({} as never, randomUUID())).toBeUndefined();
  });

  it("reads an instance setting outside a transaction: missing, stored, unreadable", async () => {
    await getDb().instanceSetting.deleteMany({ where: { name: APP_REVIEW_SETTING } });
    expect(await getAppReviewSetting()).toEqual({ enabled: false });
    await getDb().instanceSetting.create({
      data: { name: APP_REVIEW_SETTING, value: JSON.stringify({ enabled: true }) },
    });
    expect(await getAppReviewSetting()).toEqual({ enabled: true });
    await getDb().instanceSetting.update({
      where: { name: APP_REVIEW_SETTING },
      data: { value: JSON.stringify({ enabled: false }) },
    });
    expect(await getAppReviewSetting()).toEqual({ enabled: false });
    await getDb().instanceSetting.update({ where: { name: APP_REVIEW_SETTING }, data: { value: "{not json" } });
    expect(await getAppReviewSetting()).toEqual({ enabled: true });
    await getDb().instanceSetting.delete({ where: { name: APP_REVIEW_SETTING } });
  });

  it("writes the consumption time in Prisma's format, once", async () => {
    const adapter = new PayloadAdapter("Interaction");
    const key = randomUUID();
    await adapter.upsert(key, { jti: key }, 60);
    const before = Date.now();
    await adapter.consume(key);
    const row = await getDb().oidcPayload.findUniqueOrThrow({ where: { model_id: { model: "Interaction", id: key } } });
    expect(row.consumedAt!.getTime()).toBeGreaterThanOrEqual(before - 1);
    expect(row.consumedAt!.getTime()).toBeLessThanOrEqual(Date.now() + 1);
    expect((await adapter.find(key))?.consumed).toBe(Math.floor(row.consumedAt!.getTime() / 1000));
  });

  it("hides an expired payload from the uid lookup", async () => {
    const adapter = new PayloadAdapter("Session");
    const [key, uid] = [randomUUID(), randomUUID()];
    await adapter.upsert(key, { jti: key, uid }, 60);
    expect(await adapter.findByUid(uid)).toMatchObject({ uid });
    await getDb().oidcPayload.update({
      where: { model_id: { model: "Session", id: key } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await adapter.findByUid(uid)).toBeUndefined();
  });
});
