"use server";

import { revalidatePath } from "next/cache";
import { formText } from "./form-text";
import { runAction } from "./run-action";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { createSecret } from "@/lib/portal/client-secrets/create-secret";
import { deleteSecret } from "@/lib/portal/client-secrets/delete-secret";
import type { CreatedSecret } from "@/lib/portal/client-secrets/schemas";
import { secretFormValues } from "@/lib/portal/clients/form-values";
import type { ActionResult } from "@/lib/kernel/errors";

// The app page's secret panel: add a secret (shown once) and revoke one.
const appPath = (clientId: string) => `/console/clients/${encodeURIComponent(clientId)}`;

export async function createSecretAction(
  _previous: ActionResult<CreatedSecret> | null,
  form: FormData,
): Promise<ActionResult<CreatedSecret>> {
  const clientId = formText(form, "client_id");
  return runAction(async () => {
    const actor = await requireSessionActor(appPath(clientId));
    const secret = await createSecret(actor, clientId, secretFormValues(form));
    revalidatePath(appPath(clientId));
    return secret;
  });
}

export async function revokeSecretAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const clientId = formText(form, "client_id");
  return runAction(async () => {
    const actor = await requireSessionActor(appPath(clientId));
    await deleteSecret(actor, clientId, form.get("secret_id"));
    revalidatePath(appPath(clientId));
    return undefined;
  });
}
