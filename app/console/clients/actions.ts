"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions/run-action";
import { requireSessionActor } from "@/lib/auth/session-user";
import { createClient } from "@/lib/clients/create-client";
import { deleteClient } from "@/lib/clients/delete-client";
import { clientFormValues, secretFormValues } from "@/lib/clients/form-values";
import type { ClientView } from "@/lib/clients/schemas";
import { updateClient } from "@/lib/clients/update-client";
import { createCredential } from "@/lib/credentials/create-credential";
import { deleteCredential } from "@/lib/credentials/delete-credential";
import type { CreatedSecret } from "@/lib/credentials/schemas";
import type { ActionResult } from "@/lib/errors";

// Thin: parse the form into the shared input shape, call the domain, refresh the pages that show it.
const appPath = (clientId: string) => `/console/clients/${clientId}`;
const field = (form: FormData, name: string) => String(form.get(name) ?? "");

export type CreatedApp = { client: ClientView; client_secret?: string };

export async function createClientAction(_previous: ActionResult<CreatedApp> | null, form: FormData): Promise<ActionResult<CreatedApp>> {
  return runAction(async () => {
    const actor = await requireSessionActor("/console/clients/new");
    const created = await createClient(actor, clientFormValues(form));
    revalidatePath("/console");
    return created;
  });
}

export async function updateClientAction(_previous: ActionResult<ClientView> | null, form: FormData): Promise<ActionResult<ClientView>> {
  const clientId = field(form, "client_id");
  return runAction(async () => {
    const actor = await requireSessionActor(appPath(clientId));
    const client = await updateClient(actor, clientId, clientFormValues(form));
    revalidatePath("/console");
    revalidatePath(appPath(clientId));
    return client;
  });
}

export async function deleteClientAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const clientId = field(form, "client_id");
  const result = await runAction(async () => {
    const actor = await requireSessionActor(appPath(clientId));
    await deleteClient(actor, clientId);
    revalidatePath("/console");
    return undefined;
  });
  // Outside runAction: redirect() throws, and the app page no longer exists to return to.
  if (result.ok) redirect(`/console?deleted=${encodeURIComponent(field(form, "client_name"))}`);
  return result;
}

export async function createSecretAction(_previous: ActionResult<CreatedSecret> | null, form: FormData): Promise<ActionResult<CreatedSecret>> {
  const clientId = field(form, "client_id");
  return runAction(async () => {
    const actor = await requireSessionActor(appPath(clientId));
    const secret = await createCredential(actor, clientId, secretFormValues(form));
    revalidatePath(appPath(clientId));
    return secret;
  });
}

export async function revokeSecretAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const clientId = field(form, "client_id");
  return runAction(async () => {
    const actor = await requireSessionActor(appPath(clientId));
    await deleteCredential(actor, clientId, field(form, "secret_id"));
    revalidatePath(appPath(clientId));
    return undefined;
  });
}
