import "server-only";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { getDb } from "@/lib/kernel/db/client";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";

const MAX_LISTED = 100;

/** Apps waiting for review, oldest first, with what a reviewer needs to decide (admins only). */
export async function listReviewQueue(actor: AnyActor) {
  const db = getDb();
  await assertAdmin(db, actor);
  const rows = await db.clientReview.findMany({
    // Only an owner submits, so an app without one (ARCHITECTURE.md "Dynamic registration") is never here.
    where: { status: "submitted", client: { OR: [{ ownerId: { not: null } }, { teamId: { not: null } }] } },
    orderBy: { submittedAt: "asc" },
    take: MAX_LISTED,
    select: {
      note: true,
      submittedAt: true,
      client: {
        select: {
          id: true,
          name: true,
          applicationType: true,
          redirectUris: true,
          scope: true,
          clientUri: true,
          policyUri: true,
          tosUri: true,
          logoUri: true,
          owner: { select: { id: true, email: true, name: true } },
        },
      },
    },
  });
  return rows.flatMap(({ note, submittedAt, client: { owner, ...client } }) =>
    owner
      ? [
          {
            clientId: client.id,
            name: client.name,
            applicationType: client.applicationType,
            redirectUris: client.redirectUris as string[],
            scope: client.scope,
            clientUri: client.clientUri,
            policyUri: client.policyUri,
            tosUri: client.tosUri,
            logoUri: client.logoUri,
            owner,
            note,
            submittedAt,
          },
        ]
      : [],
  );
}
