import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/kernel/actors/actor";
import { ownerFeeds } from "@/lib/kernel/actors/owner-scope";
import { recordAppEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { plainText } from "@/lib/kernel/validation/plain-text";
import { findOwnedClient } from "./owned-client";

const submitSchema = z.object({
  clientId: z.string().max(200),
  note: plainText({ multiline: true })
    .trim()
    .min(1, { error: "Tell the reviewer what the app does and why it needs these permissions." })
    .max(1000, { error: "Use at most 1,000 characters." }),
});

/** The owner asks for review of an app in Testing (again after a rejection). */
export async function submitAppReview(actor: Actor, input: unknown): Promise<void> {
  const { clientId, note } = parseOrThrow(submitSchema, input);
  await getDb().$transaction(async (tx) => {
    const client = await findOwnedClient(tx, actor, clientId, "apps.write");
    const { count } = await tx.clientReview.updateMany({
      where: { clientId: client.id, status: "testing" },
      data: { status: "submitted", note, rejectedReason: null, submittedAt: new Date() },
    });
    if (count === 0) throw new DomainError("CONFLICT", "Only an app in Testing can be submitted for review.");
    await recordAppEvent(tx, actor, "app.review_submitted", { clientId: client.id, ...ownerFeeds(client) }, { note });
  });
}
