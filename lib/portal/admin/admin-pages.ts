import { z } from "zod";

// The administration lists (users, apps) come in numbered pages of 25, newest first, so an
// operator can jump to a page; the REST lists use cursors instead (lib/kernel/validation/page-cursor.ts).
export const ADMIN_PAGE_SIZE = 25;

/** The `page` query field: a page number from 1. */
export const adminPageSchema = z.coerce.number().int().min(1).max(10_000).default(1);

/** Prisma's order, skip and take for page `page`. */
export const adminPage = (page: number) => ({
  orderBy: [{ createdAt: "desc" as const }, { id: "desc" as const }],
  skip: (page - 1) * ADMIN_PAGE_SIZE,
  take: ADMIN_PAGE_SIZE,
});

/** How many pages `total` rows fill (at least one, even when empty). */
export const adminPageCount = (total: number) => Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
