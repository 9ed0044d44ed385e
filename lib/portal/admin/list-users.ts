import "server-only";
import { z } from "zod";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { getDb } from "@/lib/kernel/db/client";
import { prefixRange } from "@/lib/kernel/db/prefix-range";
import { pageOf, pageQuery } from "@/lib/kernel/validation/page-cursor";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { plainText } from "@/lib/kernel/validation/plain-text";

export const ADMIN_PAGE_SIZE = 25;
const querySchema = z.object({
  q: plainText().trim().toLowerCase().max(254).optional(),
  cursor: plainText().max(200).optional(),
});

/**
 * Users for /admin/users, newest first, a page at a time after `cursor` along the User(createdAt, id)
 * index (admins only; ARCHITECTURE.md "Scale"). `q` is an account id or the beginning of an email
 * address (an exact address is its own beginning), both answered by an index. Each user comes with
 * their apps, open Ninka sessions and last sign-in; the total is counted only without a search.
 */
export async function listUsers(actor: AnyActor, query: unknown = {}) {
  const { q, cursor } = parseOrThrow(querySchema, query, "Check the search.");
  const db = getDb();
  await assertAdmin(db, actor);
  const page = pageQuery(ADMIN_PAGE_SIZE, cursor);
  const search = q ? { OR: [{ id: q }, { email: prefixRange(q) }] } : {};
  const [total, rows] = await Promise.all([
    q ? null : db.user.count(),
    db.user.findMany({
      where: { AND: [page.where, search] },
      orderBy: page.orderBy,
      take: page.take,
      select: {
        id: true,
        email: true,
        name: true,
        isAdmin: true,
        disabledAt: true,
        createdAt: true,
        emailVerifiedAt: true,
        clients: { select: { id: true, name: true }, orderBy: { name: "asc" } },
        // The teams they are in (ARCHITECTURE.md "Teams"), with their role in each.
        teamMemberships: {
          select: { role: true, team: { select: { id: true, name: true } } },
          orderBy: { createdAt: "asc" },
        },
      },
    }),
  ]);
  const { page: users, nextCursor } = pageOf(rows, ADMIN_PAGE_SIZE);
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
    nextCursor,
    users: users.map(({ clients, teamMemberships, ...user }) => ({
      ...user,
      apps: clients,
      teams: teamMemberships.map(({ role, team }) => ({ ...team, role })),
      sessions: sessionCount.get(user.id) ?? 0,
      lastSignInAt: lastSignIn.get(user.id) ?? null,
    })),
  };
}
