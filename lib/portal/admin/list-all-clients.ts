import "server-only";
import { z } from "zod";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { getDb } from "@/lib/kernel/db/client";
import { staleClientsWhere } from "@/lib/portal/insights/stale";
import { reviewStateOf } from "@/lib/portal/reviews/review-states";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { plainText } from "@/lib/kernel/validation/plain-text";
import { adminPage, adminPageCount, adminPageSchema } from "./admin-pages";

export const ADMIN_APP_FILTERS = {
  all: "All apps",
  active: "Active",
  suspended: "Suspended",
  stale: "Not used in 90 days",
} as const;
const filters = Object.keys(ADMIN_APP_FILTERS) as [
  keyof typeof ADMIN_APP_FILTERS,
  ...(keyof typeof ADMIN_APP_FILTERS)[],
];
const querySchema = z.object({
  q: plainText().trim().max(254).optional(),
  status: z.enum(filters).default("all"),
  page: adminPageSchema,
});

/** Every app for /admin/apps, newest first: by name, client ID or owner email, and status (admins only). */
export async function listAllClients(actor: AnyActor, query: unknown = {}, now = new Date()) {
  const { q, status, page } = parseOrThrow(querySchema, query, "Check the search.");
  const db = getDb();
  await assertAdmin(db, actor);
  const search = q
    ? { OR: [{ id: q }, { name: { contains: q } }, { owner: { email: { contains: q.toLowerCase() } } }] }
    : {};
  const state =
    status === "suspended"
      ? { suspendedAt: { not: null } }
      : status === "active"
        ? { suspendedAt: null }
        : status === "stale"
          ? staleClientsWhere(now)
          : {};
  const where = { AND: [search, state] };
  const [total, clients] = await Promise.all([
    db.client.count({ where }),
    db.client.findMany({
      where,
      ...adminPage(page),
      select: {
        id: true,
        name: true,
        applicationType: true,
        createdAt: true,
        lastUsedAt: true,
        suspendedAt: true,
        suspendedReason: true,
        owner: { select: { email: true, name: true } },
        review: { select: { status: true } },
      },
    }),
  ]);
  return {
    total,
    page,
    status,
    pages: adminPageCount(total),
    clients: clients.map(({ review, ...client }) => ({ ...client, review: reviewStateOf(review) })),
  };
}
