import "server-only";
import { z } from "zod";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { getDb } from "@/lib/kernel/db/client";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { plainText } from "@/lib/kernel/validation/plain-text";
import { adminPage, adminPageCount, adminPageSchema } from "./admin-pages";

const querySchema = z.object({
  q: plainText().trim().toLowerCase().max(254).optional(),
  page: adminPageSchema,
});

/**
 * Users for /admin/users, newest first, searched by email or name, a page at a time (admins only):
 * each with their app count, open Ninka sessions and last sign-in (from the audit log).
 */
export async function listUsers(actor: AnyActor, query: unknown = {}) {
  const { q, page } = parseOrThrow(querySchema, query, "Check the search.");
  const db = getDb();
  await assertAdmin(db, actor);
  const where = q ? { OR: [{ email: { contains: q } }, { name: { contains: q } }] } : {};
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      ...adminPage(page),
      select: {
        id: true,
        email: true,
        name: true,
        isAdmin: true,
        disabledAt: true,
        createdAt: true,
        emailVerifiedAt: true,
        clients: { select: { id: true, name: true }, orderBy: { name: "asc" } },
      },
    }),
  ]);
  const ids = users.map((user) => user.id);
  const [sessions, signIns] = await Promise.all([
    db.oidcPayload.groupBy({
      by: ["accountId"],
      where: { model: "Session", accountId: { in: ids } },
      _count: { _all: true },
    }),
    db.auditEvent.groupBy({
      by: ["userId"],
      where: { action: "signin.succeeded", userId: { in: ids } },
      _max: { createdAt: true },
    }),
  ]);
  const sessionCount = new Map(sessions.map((row) => [row.accountId, row._count._all]));
  const lastSignIn = new Map(signIns.map((row) => [row.userId, row._max.createdAt]));
  return {
    total,
    page,
    pages: adminPageCount(total),
    users: users.map(({ clients, ...user }) => ({
      ...user,
      apps: clients,
      sessions: sessionCount.get(user.id) ?? 0,
      lastSignInAt: lastSignIn.get(user.id) ?? null,
    })),
  };
}
