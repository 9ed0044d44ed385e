import { z } from "zod";
import { DomainError } from "@/lib/kernel/errors";
import { plainText } from "./plain-text";

// Cursor pagination for REST lists, newest first. The cursor is opaque to callers: the
// (created_at, id) of the last item, so pages stay stable while items are added.
export const pageQuerySchema = (items: string) =>
  z.object({
    limit: z.coerce
      .number({ error: "must be a number" })
      .int({ error: "must be a whole number" })
      .min(1, { error: "must be between 1 and 100" })
      .max(100, { error: "must be between 1 and 100" })
      .default(20)
      .describe(`${items} per page`),
    cursor: plainText().max(200).optional().describe("next_cursor of the previous page"),
  });

type Row = { createdAt: Date; id: string };

const encodeCursor = ({ createdAt, id }: Row) =>
  Buffer.from(JSON.stringify([createdAt.getTime(), id])).toString("base64url");

function decodeCursor(cursor: string): Row {
  try {
    const [time, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [unknown, unknown];
    if (typeof time === "number" && typeof id === "string") return { createdAt: new Date(time), id };
  } catch {
    // fall through
  }
  throw new DomainError("VALIDATION", "The cursor is not valid.", { cursor: ["is not a cursor returned by this API"] });
}

/** The Prisma `where` and `orderBy` of one page after `cursor`, and a `take` one longer than the page. */
export function pageQuery(limit: number, cursor: string | undefined) {
  const after = cursor ? decodeCursor(cursor) : null;
  return {
    where: after
      ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
      : {},
    orderBy: [{ createdAt: "desc" as const }, { id: "desc" as const }],
    take: limit + 1,
  };
}

/** The page (at most `limit` rows) and the cursor of the next one, from rows fetched with pageQuery. */
export function pageOf<T extends Row>(rows: T[], limit: number): { page: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}
