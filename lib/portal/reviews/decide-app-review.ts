import "server-only";
import { ownerFeeds } from "@/lib/kernel/actors/owner-scope";
import { z } from "zod";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { recordAppEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { plainText } from "@/lib/kernel/validation/plain-text";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { notifyAppOwner } from "@/lib/portal/notices/notify-app-owner";

const decisionSchema = z.discriminatedUnion(
  "decision",
  [
    z.object({ decision: z.literal("approve"), clientId: z.string().max(200) }),
    z.object({
      decision: z.literal("reject"),
      clientId: z.string().max(200),
      reason: plainText({ multiline: true })
        .trim()
        .min(1, { error: "Tell the developer what to change." })
        .max(1000, { error: "Use at most 1,000 characters." }),
    }),
    z.object({
      decision: z.literal("reset"),
      clientId: z.string().max(200),
      reason: plainText({ multiline: true }).trim().max(1000, { error: "Use at most 1,000 characters." }).optional(),
    }),
  ],
  { error: "Choose approve, reject or send back to testing." },
);

const NEXT = {
  approve: { from: ["submitted"], to: "published", action: "app.review_approved" },
  reject: { from: ["submitted"], to: "testing", action: "app.review_rejected" },
  reset: { from: ["published"], to: "testing", action: "app.review_reset" },
} as const;

/**
 * An administrator's decision on an app: approve a submitted app (Published: anyone may use it),
 * reject it with a reason shown to the developer (back to Testing), or send a published app back
 * to Testing. One transaction with its audit event; a decision on an app in another state is a 409.
 */
export async function decideAppReview(actor: AnyActor, input: unknown): Promise<{ clientId: string; name: string }> {
  const parsed = parseOrThrow(decisionSchema, input);
  const step = NEXT[parsed.decision];
  const reason = "reason" in parsed ? parsed.reason || null : null;
  const decided = await getDb().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const client = await tx.client.findUnique({
      where: { id: parsed.clientId },
      select: { id: true, name: true, ownerId: true, teamId: true, review: { select: { status: true } } },
    });
    if (!client) throw new DomainError("NOT_FOUND", "No such app.");
    const current = client.review?.status ?? "published";
    if (!(step.from as readonly string[]).includes(current))
      throw new DomainError("CONFLICT", `${client.name} is not ${step.from.join(" or ")}; reload to see its state.`);
    const data = {
      status: step.to,
      decidedAt: new Date(),
      rejectedReason: parsed.decision === "approve" ? null : reason,
    };
    await tx.clientReview.upsert({
      where: { clientId: client.id },
      create: { clientId: client.id, ...data },
      update: data,
    });
    await recordAppEvent(
      tx,
      actor,
      step.action,
      { clientId: client.id, ...ownerFeeds(client) },
      reason ? { reason } : {},
    );
    return { clientId: client.id, name: client.name };
  });
  // The owner hears of the outcome (ARCHITECTURE.md "App review"), with the administrator's words.
  await notifyAppOwner(systemActor("notices"), decided.clientId, NOTICE[parsed.decision], reason);
  return decided;
}

const NOTICE = { approve: "approved", reject: "rejected", reset: "rejected" } as const;
