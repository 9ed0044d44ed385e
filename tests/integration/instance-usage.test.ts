import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createClient } from "@/lib/portal/clients/create-client";
import { getDb } from "@/lib/kernel/db/client";
import { getInstanceUsage } from "@/lib/portal/insights/get-instance-usage";
import { getRecentClientUsage } from "@/lib/portal/insights/get-client-usage";
import { addUtcDays, utcDay } from "@/lib/kernel/time/utc-day";
import { createAdmin, createDeveloper } from "./support/api-fixtures";
import { useTestDatabase } from "./support/use-test-database";

// The instance dashboard's daily series, from the usage aggregates (tokens, active
// apps, distinct users across apps) and the audit log (sign-ups, sign-ins), for admins only.
describe("instance usage", () => {
  useTestDatabase();

  it("adds up tokens, active apps and distinct users across apps, and sign-ups and sign-ins, per day", async () => {
    const admin = await createAdmin();
    const dev = await createDeveloper("Dev");
    const [a, b] = await Promise.all([
      createClient(dev, { client_name: "A", application_type: "m2m" }),
      createClient(dev, { client_name: "B", application_type: "m2m" }),
    ]);
    const today = utcDay();
    const yesterday = addUtcDays(today, -1);
    const db = getDb();
    await db.clientUsageDay.createMany({
      data: [
        { clientId: a.client.client_id, day: today, metric: "tokens:client_credentials", count: 5 },
        { clientId: b.client.client_id, day: today, metric: "tokens:authorization_code", count: 2 },
        { clientId: b.client.client_id, day: today, metric: "auth_failed", count: 9 },
        { clientId: a.client.client_id, day: yesterday, metric: "tokens:client_credentials", count: 1 },
      ],
    });
    // The same person on two apps counts once.
    await db.clientUserDay.createMany({
      data: [
        { clientId: a.client.client_id, day: today, userDigest: "u1" },
        { clientId: b.client.client_id, day: today, userDigest: "u1" },
        { clientId: b.client.client_id, day: today, userDigest: "u2" },
      ],
    });
    const before = (await getInstanceUsage(admin, 2)).at(-1)!;
    await db.auditEvent.createMany({
      data: ["signup.succeeded", "signin.succeeded", "signin.succeeded", "signin.failed"].map((action) => ({
        id: randomUUID(),
        actorKind: "system",
        actorLabel: "test",
        action,
        targetType: "user",
        details: "{}",
      })),
    });
    const days = await getInstanceUsage(admin, 2);
    expect(days.map((d) => d.day)).toEqual([yesterday, today]);
    expect(days[0]).toMatchObject({ tokens: 1, active_apps: 1 });
    expect(days[1]).toMatchObject({ tokens: 7, active_apps: 2, active_users: 2 });
    expect(days[1]!.signups - before.signups).toBe(1);
    expect(days[1]!.signins - before.signins).toBe(2);
    expect(days[1]!.signin_failures - before.signin_failures).toBe(1);
    await expect(getInstanceUsage(dev)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const recent = await getRecentClientUsage(dev, b.client.client_id, 7);
    expect(recent.days).toHaveLength(7);
    expect(recent.days.at(-1)).toMatchObject({
      day: today,
      tokens_total: 2,
      failed_authentications: 9,
      active_users: 2,
    });
  });
});
