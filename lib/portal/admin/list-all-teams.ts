import "server-only";
import { z } from "zod";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { getDb } from "@/lib/kernel/db/client";
import { prefixRange } from "@/lib/kernel/db/prefix-range";
import { pageOf, pageQuery } from "@/lib/kernel/validation/page-cursor";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { plainText } from "@/lib/kernel/validation/plain-text";
import { ADMIN_PAGE_SIZE } from "./list-users";

/** How many owners a row of /admin/teams names; the team's page lists every member. */
const LISTED_OWNERS = 3;
const querySchema = z.object({
  q: plainText().trim().max(254).optional(),
  cursor: plainText().max(200).optional(),
});

/**
 * Every team for /admin/teams and `ninka teams list`, newest first, a page at a time after `cursor`
 * along the Team(createdAt, id) index (admins only; ARCHITECTURE.md "Scale"). `q` is a team id, or
 * the beginning of a slug or a name, each answered by an index; the total is counted only without a
 * search. Each team comes with its members, apps and APIs counted and its first owners' addresses.
 */
export async function listAllTeams(actor: AnyActor, query: unknown = {}) {
  const { q, cursor } = parseOrThrow(querySchema, query, "Check the search.");
  const db = getDb();
  await assertAdmin(db, actor);
  const page = pageQuery(ADMIN_PAGE_SIZE, cursor);
  const search = q ? { OR: [{ id: q }, { slug: prefixRange(q.toLowerCase()) }, { name: prefixRange(q) }] } : {};
  const [total, rows] = await Promise.all([
    q ? null : db.team.count(),
    db.team.findMany({
      where: { AND: [page.where, search] },
      orderBy: page.orderBy,
      take: page.take,
      select: {
        id: true,
        name: true,
        slug: true,
        createdAt: true,
        members: {
          where: { role: "owner" },
          orderBy: [{ createdAt: "asc" }, { userId: "asc" }],
          take: LISTED_OWNERS,
          select: { user: { select: { email: true } } },
        },
        _count: { select: { members: true, clients: true, apis: true } },
      },
    }),
  ]);
  const { page: teams, nextCursor } = pageOf(rows, ADMIN_PAGE_SIZE);
  return {
    total,
    nextCursor,
    teams: teams.map(({ members, _count, ...team }) => ({
      ...team,
      owners: members.map((member) => member.user.email),
      members: _count.members,
      apps: _count.clients,
      apis: _count.apis,
    })),
  };
}
