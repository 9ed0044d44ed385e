"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "./run-action";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import type { ActionResult } from "@/lib/kernel/errors";
import {
  confirmTotpEnrolment,
  createTotpEnrolment,
  deleteTotp,
  regenerateRecoveryCodes,
} from "@/lib/accounts/two-step/manage-totp";

const PAGE = "/account/security";

export type EnrolState = ActionResult<{ key: string; qrSvg: string }> | null;
export type CodesState = ActionResult<string[]> | null;

export async function startTotpAction(): Promise<EnrolState> {
  return runAction(async () => createTotpEnrolment(await requireSessionActor(PAGE)));
}

export async function confirmTotpAction(_previous: CodesState, form: FormData): Promise<CodesState> {
  return runAction(async () => confirmTotpEnrolment(await requireSessionActor(PAGE), form.get("code")));
}

export async function regenerateCodesAction(): Promise<CodesState> {
  return runAction(async () => regenerateRecoveryCodes(await requireSessionActor(PAGE)));
}

export async function removeTotpAction(): Promise<ActionResult | null> {
  return runAction(async () => {
    await deleteTotp(await requireSessionActor(PAGE));
    revalidatePath(PAGE);
    return undefined;
  });
}
