"use server";

import { revalidatePath } from "next/cache";
import type { PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/server";
import { runAction } from "./run-action";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import type { ActionResult } from "@/lib/kernel/errors";
import { deletePasskey, renamePasskey } from "@/lib/accounts/passkeys/manage-passkeys";
import { createRegistrationOptions } from "@/lib/accounts/passkeys/create-registration-options";
import { verifyRegistration, type PasskeyView } from "@/lib/accounts/passkeys/verify-registration";

const PAGE = "/account/security";

export async function passkeyOptionsAction(): Promise<ActionResult<PublicKeyCredentialCreationOptionsJSON>> {
  return runAction(async () => createRegistrationOptions(await requireSessionActor(PAGE)));
}

/** `input` is `{ name, response }`: the name typed and the browser's registration response. */
export async function addPasskeyAction(input: unknown): Promise<ActionResult<PasskeyView>> {
  return runAction(async () => {
    const passkey = await verifyRegistration(await requireSessionActor(PAGE), input);
    revalidatePath(PAGE);
    return passkey;
  });
}

export async function renamePasskeyAction(
  _previous: ActionResult<PasskeyView> | null,
  form: FormData,
): Promise<ActionResult<PasskeyView>> {
  return runAction(async () => {
    const passkey = await renamePasskey(await requireSessionActor(PAGE), form.get("id"), { name: form.get("name") });
    revalidatePath(PAGE);
    return passkey;
  });
}

export async function removePasskeyAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    await deletePasskey(await requireSessionActor(PAGE), form.get("id"));
    revalidatePath(PAGE);
    return undefined;
  });
}
