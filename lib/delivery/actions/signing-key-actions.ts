"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "./run-action";
import { requireAdminActor } from "@/lib/delivery/console-session/session-user";
import type { ActionResult } from "@/lib/kernel/errors";
import { rotateSigningKey } from "@/lib/oauth-core/keys/create-signing-key";
import { activateSigningKey, retireSigningKey } from "@/lib/oauth-core/keys/update-signing-key";

// /admin/keys (ARCHITECTURE.md "Signing keys"): the same domain functions as `ninka keys`.
const PATH = "/admin/keys";

export async function rotateSigningKeyAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    await rotateSigningKey(await requireAdminActor(), { alg: form.get("alg") });
    revalidatePath(PATH);
    return undefined;
  });
}

export async function activateSigningKeyAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    await activateSigningKey(await requireAdminActor(), { kid: form.get("kid") });
    revalidatePath(PATH);
    return undefined;
  });
}

export async function retireSigningKeyAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    await retireSigningKey(await requireAdminActor(), { kid: form.get("kid") });
    revalidatePath(PATH);
    return undefined;
  });
}
