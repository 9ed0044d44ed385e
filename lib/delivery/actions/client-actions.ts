"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formText } from "./form-text";
import { runAction } from "./run-action";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { createClient, type CreatedClient } from "@/lib/portal/clients/create-client";
import { deleteClient } from "@/lib/portal/clients/delete-client";
import { clientFormValues } from "@/lib/portal/clients/form-values";
import type { ClientView } from "@/lib/portal/clients/schemas";
import { updateClient } from "@/lib/portal/clients/update-client";
import { updateClientOwner } from "@/lib/portal/clients/update-client-owner";
import { ownerMoveFormValues } from "@/lib/portal/teams/form-values";
import type { ActionResult } from "@/lib/kernel/errors";

// Thin: parse the form into the shared input shape, call the domain, refresh the pages that show it.
const appPath = (clientId: string) => `/console/clients/${encodeURIComponent(clientId)}`;

export async function createClientAction(
  _previous: ActionResult<CreatedClient> | null,
  form: FormData,
): Promise<ActionResult<CreatedClient>> {
  return runAction(async () => {
    const actor = await requireSessionActor("/console/clients/new");
    // clientFormValues carries `team_id` from a team's create form (ARCHITECTURE.md "Teams").
    const created = await createClient(actor, clientFormValues(form));
    revalidatePath("/console", "layout");
    return created;
  });
}

export async function updateClientAction(
  _previous: ActionResult<ClientView> | null,
  form: FormData,
): Promise<ActionResult<ClientView>> {
  const clientId = formText(form, "client_id");
  return runAction(async () => {
    const actor = await requireSessionActor(appPath(clientId));
    const client = await updateClient(actor, clientId, clientFormValues(form));
    revalidatePath("/console");
    revalidatePath(appPath(clientId));
    return client;
  });
}

export async function deleteClientAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const clientId = formText(form, "client_id");
  const result = await runAction(async () => {
    const actor = await requireSessionActor(appPath(clientId));
    await deleteClient(actor, clientId);
    revalidatePath("/console");
    return undefined;
  });
  // Outside runAction: redirect() throws, and the app page no longer exists to return to. A team's
  // app returns to the team's list.
  const teamId = formText(form, "team_id");
  const list = teamId ? `/console/teams/${encodeURIComponent(teamId)}` : "/console";
  if (result.ok) redirect(`${list}?deleted=${encodeURIComponent(formText(form, "client_name"))}`);
  return result;
}

/** "Move to…": the app to the mover (`owner=personal`) or into one of their teams. */
export async function moveClientAction(
  _previous: ActionResult<ClientView> | null,
  form: FormData,
): Promise<ActionResult<ClientView>> {
  const clientId = formText(form, "client_id");
  return runAction(async () => {
    const actor = await requireSessionActor(`${appPath(clientId)}/settings`);
    const client = await updateClientOwner(actor, clientId, ownerMoveFormValues(form));
    revalidatePath("/console", "layout");
    return client;
  });
}
