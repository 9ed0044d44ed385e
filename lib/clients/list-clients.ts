import "server-only";
import type { Actor } from "@/lib/actors/actor";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation/parse-or-throw";
import { listClientsQuerySchema, type ClientView } from "./schemas";
import { toClientView } from "./to-client-view";

export type ClientPage = { clients: ClientView[]; next_cursor: string | null };

// Cursor pagination, newest first. The cursor is opaque to callers: the (created_at, client_id) of
// the last item, so pages stay stable while clients are added.
const encodeCursor = (createdAt: Date, id: string) => Buffer.from(JSON.stringify([createdAt.getTime(), id])).toString("base64url");

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  try {
    const [time, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [unknown, unknown];
    if (typeof time === "number" && typeof id === "string") return { createdAt: new Date(time), id };
  } catch {
    // fall through
  }
  throw new DomainError("VALIDATION", "The cursor is not valid.", { cursor: ["is not a cursor returned by this API"] });
}

export async function listClients(actor: Actor, query: unknown = {}): Promise<ClientPage> {
  const { limit, cursor } = parseOrThrow(listClientsQuerySchema, query);
  const after = cursor ? decodeCursor(cursor) : null;
  const rows = await getDb().client.findMany({
    where: {
      ownerId: actor.id,
      ...(after && {
        OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }],
      }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    clients: page.map(toClientView),
    next_cursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}
