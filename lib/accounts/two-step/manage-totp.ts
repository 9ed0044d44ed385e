import "server-only";
import { randomUUID } from "node:crypto";
import QRCode from "qrcode";
import type { Actor } from "@/lib/kernel/actors/actor";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { requireRecentSignIn } from "@/lib/accounts/sessions/step-up";
import { notifySecurityChange } from "@/lib/accounts/users/notify-security-change";
import {
  checkTotp,
  newRecoveryCode,
  newTotpKey,
  RECOVERY_CODE_COUNT,
  recoveryDigest,
  sealTotpKey,
  totpCodeSchema,
  totpUri,
  unsealTotpKey,
} from "./totp";

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["$transaction"]>[0]>[0];
const audit = (tx: Tx, actor: Actor, change: string) =>
  recordAuditEvent(tx, {
    actor,
    action: "two_step.changed",
    target: { type: "user", id: actor.id },
    userId: actor.id,
    details: { change },
  });

/** What the security page shows about two-step sign-in. */
export async function getTwoStepStatus(actor: Actor) {
  const db = getDb();
  const [factor, unused] = await Promise.all([
    db.totpFactor.findUnique({ where: { userId: actor.id }, select: { confirmedAt: true } }),
    db.recoveryCode.count({ where: { userId: actor.id, usedAt: null } }),
  ]);
  return { totpEnabled: Boolean(factor?.confirmedAt), recoveryCodesLeft: unused };
}

// Every change here needs a recent sign-in on the actor's session (step-up, lib/accounts/sessions/step-up.ts):
// adding a factor someone else holds would lock the owner out; removing one lets an intruder stay.

/** Starts (or restarts) enrolment: a fresh key, sealed, unconfirmed. Returns it once, to show. */
export async function createTotpEnrolment(actor: Actor): Promise<{ key: string; qrSvg: string }> {
  await requireRecentSignIn(actor);
  const db = getDb();
  const existing = await db.totpFactor.findUnique({ where: { userId: actor.id } });
  if (existing?.confirmedAt)
    throw new DomainError("CONFLICT", "An authenticator app is already set up; remove it first");
  const key = newTotpKey();
  const secretJwe = await sealTotpKey(key);
  await db.totpFactor.upsert({
    where: { userId: actor.id },
    create: { userId: actor.id, secretJwe },
    update: { secretJwe, lastUsedStep: null },
  });
  return { key, qrSvg: await QRCode.toString(totpUri(key, actor.email), { type: "svg", margin: 1 }) };
}

async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({
    data: codes.map((code) => ({ id: randomUUID(), userId, digest: recoveryDigest(code) })),
  });
  return codes;
}

/** Confirms enrolment with a first code; returns the recovery codes, shown this once. */
export async function confirmTotpEnrolment(actor: Actor, input: unknown): Promise<string[]> {
  const parsed = totpCodeSchema.safeParse(input);
  if (!parsed.success)
    throw new DomainError("VALIDATION", "Enter the 6-digit code", {
      code: [parsed.error.issues[0]?.message ?? "Invalid"],
    });
  await requireRecentSignIn(actor);
  const db = getDb();
  const factor = await db.totpFactor.findUnique({ where: { userId: actor.id } });
  if (!factor || factor.confirmedAt) throw new DomainError("CONFLICT", "Start setting up an authenticator app first");
  const step = await checkTotp(await unsealTotpKey(factor.secretJwe), parsed.data);
  if (step === null)
    throw new DomainError("VALIDATION", "That code is not right; check the time on your phone", {
      code: ["That code is not right"],
    });
  const codes = await db.$transaction(async (tx) => {
    await tx.totpFactor.update({ where: { userId: actor.id }, data: { confirmedAt: new Date(), lastUsedStep: step } });
    await audit(tx, actor, "totp_enrolled");
    return replaceRecoveryCodes(tx, actor.id);
  });
  await notifySecurityChange(actor.email, "totpAdded");
  return codes;
}

export async function regenerateRecoveryCodes(actor: Actor): Promise<string[]> {
  await requireRecentSignIn(actor);
  const codes = await getDb().$transaction(async (tx) => {
    const factor = await tx.totpFactor.findUnique({ where: { userId: actor.id } });
    if (!factor?.confirmedAt) throw new DomainError("CONFLICT", "Set up an authenticator app first");
    await audit(tx, actor, "recovery_codes_regenerated");
    return replaceRecoveryCodes(tx, actor.id);
  });
  await notifySecurityChange(actor.email, "recoveryCodesRenewed");
  return codes;
}

export async function deleteTotp(actor: Actor): Promise<void> {
  await requireRecentSignIn(actor);
  const removed = await getDb().$transaction(async (tx) => {
    const confirmed = await tx.totpFactor.count({ where: { userId: actor.id, confirmedAt: { not: null } } });
    await tx.totpFactor.deleteMany({ where: { userId: actor.id } });
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    if (confirmed) await audit(tx, actor, "totp_removed");
    return confirmed > 0;
  });
  if (removed) await notifySecurityChange(actor.email, "totpRemoved");
}
