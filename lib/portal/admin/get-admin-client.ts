import "server-only";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { getDb } from "@/lib/kernel/db/client";
import { ADMIN_APP_SUMMARY } from "./list-all-clients";
import { clientNotFound, parseClientId } from "@/lib/portal/clients/client-id";
import { reviewStateOf } from "@/lib/portal/reviews/review-states";

/**
 * Any app as an administrator sees it, /admin/apps/[clientId] (admins only; anyone else gets
 * NOT_FOUND, as /admin answers 404): owner, type, state, links and redirect URIs. The developer's
 * own page (lib/portal/clients/get-client.ts) stays scoped to the owner.
 */
export async function getAdminClient(actor: AnyActor, clientIdInput: unknown) {
  const clientId = parseClientId(clientIdInput);
  const db = getDb();
  await assertAdmin(db, actor);
  const row = await db.client.findUnique({
    where: { id: clientId },
    select: {
      ...ADMIN_APP_SUMMARY,
      redirectUris: true,
      grantTypes: true,
      scope: true,
      logoUri: true,
      clientUri: true,
      policyUri: true,
      tosUri: true,
      review: { select: { status: true, rejectedReason: true, submittedAt: true } },
      _count: { select: { secrets: true } },
    },
  });
  if (!row) throw clientNotFound();
  const { review, _count, redirectUris, grantTypes, ...client } = row;
  return {
    ...client,
    redirectUris: redirectUris as string[],
    grantTypes: grantTypes as string[],
    review: reviewStateOf(review),
    rejectedReason: review?.rejectedReason ?? null,
    secrets: _count.secrets,
  };
}
