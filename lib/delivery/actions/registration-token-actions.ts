"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "./run-action";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import type { ActionResult } from "@/lib/kernel/errors";
import { registrationTokenFormValues } from "@/lib/portal/registration-tokens/form-values";
import {
  createRegistrationToken,
  revokeRegistrationToken,
} from "@/lib/portal/registration-tokens/manage-registration-tokens";
import type { CreatedRegistrationToken } from "@/lib/portal/registration-tokens/schemas";

const PATH = "/console/registration-tokens";

export async function createRegistrationTokenAction(
  _previous: ActionResult<CreatedRegistrationToken> | null,
  form: FormData,
): Promise<ActionResult<CreatedRegistrationToken>> {
  return runAction(async () => {
    const actor = await requireSessionActor(PATH);
    const created = await createRegistrationToken(actor, registrationTokenFormValues(form));
    revalidatePath(PATH);
    return created;
  });
}

export async function revokeRegistrationTokenAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireSessionActor(PATH);
    await revokeRegistrationToken(actor, form.get("id"));
    revalidatePath(PATH);
    return undefined;
  });
}
