import "server-only";
import { z } from "zod";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { getDb } from "@/lib/kernel/db/client";
import { prefixRange } from "@/lib/kernel/db/prefix-range";
import { staleClientsWhere } from "@/lib/portal/insights/stale";
import { reviewStateOf } from "@/lib/portal/reviews/review-states";
import { pageOf, pageQuery } from "@/lib/kernel/validation/page-cursor";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { plainText } from "@/lib/kernel/validation/plain-text";
import { ADMIN_PAGE_SIZE } from "./list-users";

export const ADMIN_APP_FILTERS = {
  all: "All apps",
  active: "Active",
  suspended: "Suspended",
  stale: "Not used in 90 days",
} as const;
/** Who made the app: anyone, or the app itself through dynamic registration (token or open). */
export const ADMIN_APP_ORIGINS = {
  all: "All apps",
  dynamic: "Registered themselves",
} as const;
const origins = Object.keys(ADMIN_APP_ORIGINS) as [
  keyof typeof ADMIN_APP_ORIGINS,
  ...(keyof typeof ADMIN_APP_ORIGINS)[],
];
const filters = Object.keys(ADMIN_APP_FILTERS) as [
  keyof typeof ADMIN_APP_FILTERS,
  ...(keyof typeof ADMIN_APP_FILTERS)[],
];
const querySchema = z.object({
  q: plainText().trim().max(254).optional(),
  status: z.enum(filters).default("all"),
  origin: z.enum(origins).default("all"),
  cursor: plainText().max(200).optional(),
});

/**
 * Every app for /admin/apps, newest first, a page at a time after `cursor` along the
 * Client(createdAt, id) index (admins only; ARCHITECTURE.md "Scale"). `q` is a client ID, an
 * owner's exact email address, or the beginning of an app's name — each answered by an index,
 * never by joining every user; the total is counted only for the unfiltered list. `origin`
 * "dynamic": only apps that registered themselves (ARCHITECTURE.md "Dynamic registration").
 */
/** What an administrator sees of any app in a list or on its page: who owns it and its state. */
export const ADMIN_APP_SUMMARY = {
  id: true,
  name: true,
  applicationType: true,
  createdAt: true,
  lastUsedAt: true,
  suspendedAt: true,
  suspendedReason: true,
  registeredVia: true,
  owner: { select: { id: true, email: true, name: true } },
  team: { select: { id: true, name: true } },
} as const;

export async function listAllClients(actor: AnyActor, query: unknown = {}, now = new Date()) {
  const { q, status, origin, cursor } = parseOrThrow(querySchema, query, "Check the search.");
  const db = getDb();
  await assertAdmin(db, actor);
  const owner = q?.includes("@")
    ? await db.user.findUnique({ where: { email: q.toLowerCase() }, select: { id: true } })
    : null;
  const search = !q
    ? {}
    : q.includes("@")
      ? { ownerId: owner?.id ?? "" }
      : { OR: [{ id: q }, { name: prefixRange(q) }] };
  const state =
    status === "suspended"
      ? { suspendedAt: { not: null } }
      : status === "active"
        ? { suspendedAt: null }
        : status === "stale"
          ? staleClientsWhere(now)
          : {};
  const made = origin === "dynamic" ? { registeredVia: { not: null } } : {};
  const page = pageQuery(ADMIN_PAGE_SIZE, cursor);
  const [total, rows] = await Promise.all([
    q || status !== "all" || origin !== "all" ? null : db.client.count(),
    db.client.findMany({
      where: { AND: [page.where, search, state, made] },
      orderBy: page.orderBy,
      take: page.take,
      select: { ...ADMIN_APP_SUMMARY, review: { select: { status: true } } },
    }),
  ]);
  const { page: clients, nextCursor } = pageOf(rows, ADMIN_PAGE_SIZE);
  return {
    total,
    status,
    origin,
    nextCursor,
    clients: clients.map(({ review, ...client }) => ({ ...client, review: reviewStateOf(review) })),
  };
}
