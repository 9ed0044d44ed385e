"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formText } from "./form-text";
import { runAction } from "./run-action";
import { deleteApiClient } from "@/lib/portal/api-clients/delete-api-client";
import type { ApiClient } from "@/lib/portal/api-clients/schemas";
import { updateApiClient } from "@/lib/portal/api-clients/update-api-client";
import { createApi } from "@/lib/portal/apis/create-api";
import { deleteApi } from "@/lib/portal/apis/delete-api";
import { apiFormValues, approvalFormValues } from "@/lib/portal/apis/form-values";
import type { ApiView } from "@/lib/portal/apis/schemas";
import { updateApi } from "@/lib/portal/apis/update-api";
import { updateApiOwner } from "@/lib/portal/apis/update-api-owner";
import { ownerMoveFormValues } from "@/lib/portal/teams/form-values";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import type { ActionResult } from "@/lib/kernel/errors";

// Thin: parse the form into the shared input shape, call the domain, refresh the pages that show it.
const apiPath = (apiId: string) => `/console/apis/${encodeURIComponent(apiId)}`;

export async function createApiAction(
  _previous: ActionResult<ApiView> | null,
  form: FormData,
): Promise<ActionResult<ApiView>> {
  const result = await runAction(async () => {
    const actor = await requireSessionActor("/console/apis/new");
    // apiFormValues carries `team_id` from a team's create form (ARCHITECTURE.md "Teams").
    const api = await createApi(actor, apiFormValues(form));
    revalidatePath("/console", "layout");
    return api;
  });
  // Outside runAction: redirect() throws.
  if (result.ok) redirect(`${apiPath(result.data.id)}?created=1`);
  return result;
}

export async function updateApiAction(
  _previous: ActionResult<ApiView> | null,
  form: FormData,
): Promise<ActionResult<ApiView>> {
  const apiId = formText(form, "api_id");
  const result = await runAction(async () => {
    const actor = await requireSessionActor(apiPath(apiId));
    // The form sends confirm=true only after its dialog named the apps that lose the removed scopes.
    const api = await updateApi(actor, apiId, apiFormValues(form), { confirm: formText(form, "confirm") || undefined });
    revalidatePath("/console/apis");
    return api;
  });
  // Also on failure: an app that took up a scope since the page loaded (CONFLICT) must reach the
  // form's list of affected apps, so the next save asks about it.
  revalidatePath(apiPath(apiId));
  return result;
}

export async function deleteApiAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const apiId = formText(form, "api_id");
  const result = await runAction(async () => {
    const actor = await requireSessionActor(apiPath(apiId));
    // Its dialog named the apps using the API and had the name typed to confirm.
    await deleteApi(actor, apiId, { confirm: "true" });
    revalidatePath("/console", "layout");
    return undefined;
  });
  // A team's API returns to the team's list of APIs.
  const teamId = formText(form, "team_id");
  const list = teamId ? `/console/teams/${encodeURIComponent(teamId)}/apis` : "/console/apis";
  if (result.ok) redirect(`${list}?deleted=${encodeURIComponent(formText(form, "name"))}`);
  return result;
}

/** "Move to…": the API to the mover (`owner=personal`) or into one of their teams. */
export async function moveApiAction(
  _previous: ActionResult<ApiView> | null,
  form: FormData,
): Promise<ActionResult<ApiView>> {
  const apiId = formText(form, "api_id");
  return runAction(async () => {
    const actor = await requireSessionActor(apiPath(apiId));
    const api = await updateApiOwner(actor, apiId, ownerMoveFormValues(form));
    revalidatePath("/console", "layout");
    return api;
  });
}

export async function updateApiClientAction(
  _previous: ActionResult<ApiClient> | null,
  form: FormData,
): Promise<ActionResult<ApiClient>> {
  const apiId = formText(form, "api_id");
  return runAction(async () => {
    const actor = await requireSessionActor(apiPath(apiId));
    const client = await updateApiClient(actor, apiId, formText(form, "client_id"), approvalFormValues(form));
    revalidatePath(apiPath(apiId));
    return client;
  });
}

export async function deleteApiClientAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const apiId = formText(form, "api_id");
  return runAction(async () => {
    const actor = await requireSessionActor(apiPath(apiId));
    await deleteApiClient(actor, apiId, formText(form, "client_id"));
    revalidatePath(apiPath(apiId));
    return undefined;
  });
}
