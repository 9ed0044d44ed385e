"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "./run-action";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import type { ActionResult } from "@/lib/kernel/errors";
import { createToken } from "@/lib/portal/personal-access-tokens/create-token";
import { revokeToken } from "@/lib/portal/personal-access-tokens/revoke-token";
import { createTokenFormValues } from "@/lib/portal/personal-access-tokens/schemas";

const PATH = "/console/tokens";

export type CreatedToken = { token: string; name: string };

export async function createTokenAction(
  _previous: ActionResult<CreatedToken> | null,
  form: FormData,
): Promise<ActionResult<CreatedToken>> {
  return runAction(async () => {
    const actor = await requireSessionActor(PATH);
    const { token, summary } = await createToken(actor, createTokenFormValues(form));
    revalidatePath(PATH);
    return { token, name: summary.name };
  });
}

export async function revokeTokenAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireSessionActor(PATH);
    await revokeToken(actor, form.get("id"));
    revalidatePath(PATH);
    return undefined;
  });
}
