"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { formText } from "./form-text";
import { runAction } from "./run-action";
import { requireAdminActor } from "@/lib/delivery/console-session/session-user";
import type { ActionResult } from "@/lib/kernel/errors";
import { CLIENT_IP_HEADER } from "@/lib/kernel/net/client-ip";
import { updateAppReviewSetting, type AppReviewSetting } from "@/lib/accounts/settings/app-review-setting";
import { updateDcrPolicy, type DcrPolicy } from "@/lib/accounts/settings/dcr-policy";
import {
  updateClientIdDocumentSetting,
  type ClientIdDocumentSetting,
} from "@/lib/accounts/settings/client-id-documents-setting";
import { createInvitation } from "@/lib/accounts/settings/create-invitation";
import { deleteInvitation } from "@/lib/accounts/settings/delete-invitation";
import { resendInvitation } from "@/lib/accounts/settings/resend-invitation";
import type { SignUpPolicy } from "@/lib/accounts/settings/sign-up-policy";
import { updateSignUpPolicy } from "@/lib/accounts/settings/update-sign-up-policy";
import { updateInstanceName } from "@/lib/accounts/settings/instance-name";

const PATH = "/admin/settings";

async function requestContext() {
  const h = await headers();
  return { ip: h.get(CLIENT_IP_HEADER), userAgent: h.get("user-agent") };
}

export async function updateSignUpPolicyAction(
  _previous: ActionResult<SignUpPolicy> | null,
  form: FormData,
): Promise<ActionResult<SignUpPolicy>> {
  return runAction(async () => {
    const actor = await requireAdminActor();
    const policy = await updateSignUpPolicy(
      actor,
      { mode: form.get("mode"), domains: formText(form, "domains") },
      await requestContext(),
    );
    revalidatePath(PATH);
    return policy;
  });
}

export async function createInvitationAction(
  _previous: ActionResult<{ email: string }> | null,
  form: FormData,
): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => {
    const actor = await requireAdminActor();
    const { email } = await createInvitation(actor, { email: form.get("email") }, await requestContext());
    revalidatePath(PATH);
    return { email };
  });
}

export async function deleteInvitationAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireAdminActor();
    await deleteInvitation(actor, form.get("id"));
    revalidatePath(PATH);
    return undefined;
  });
}

export async function resendInvitationAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireAdminActor();
    await resendInvitation(actor, form.get("id"), await requestContext());
    revalidatePath(PATH);
    return undefined;
  });
}

export async function updateAppReviewSettingAction(
  _previous: ActionResult<AppReviewSetting> | null,
  form: FormData,
): Promise<ActionResult<AppReviewSetting>> {
  return runAction(async () => {
    const actor = await requireAdminActor();
    const setting = await updateAppReviewSetting(actor, { enabled: form.get("enabled") }, await requestContext());
    revalidatePath(PATH);
    return setting;
  });
}

export async function updateDcrPolicyAction(
  _previous: ActionResult<DcrPolicy> | null,
  form: FormData,
): Promise<ActionResult<DcrPolicy>> {
  return runAction(async () => {
    const actor = await requireAdminActor();
    const policy = await updateDcrPolicy(actor, { mode: form.get("dcrMode") }, await requestContext());
    revalidatePath(PATH);
    return policy;
  });
}

// Hosts arrive one per line (commas too); blank lines are nothing.
const hostLines = (value: FormDataEntryValue | null) =>
  typeof value === "string"
    ? value
        .split(/[\n,]/)
        .map((host) => host.trim())
        .filter(Boolean)
    : [];

export async function updateClientIdDocumentSettingAction(
  _previous: ActionResult<ClientIdDocumentSetting> | null,
  form: FormData,
): Promise<ActionResult<ClientIdDocumentSetting>> {
  return runAction(async () => {
    const actor = await requireAdminActor();
    const input = {
      mode: form.get("documentsMode"),
      allowHosts: hostLines(form.get("allowHosts")),
      denyHosts: hostLines(form.get("denyHosts")),
    };
    const setting = await updateClientIdDocumentSetting(actor, input, await requestContext());
    revalidatePath(PATH);
    return setting;
  });
}

export async function updateInstanceNameAction(
  _previous: ActionResult<string> | null,
  form: FormData,
): Promise<ActionResult<string>> {
  return runAction(async () => {
    const actor = await requireAdminActor();
    const name = await updateInstanceName(actor, { name: form.get("name") }, await requestContext());
    // Every page's title carries the name.
    revalidatePath("/", "layout");
    return name;
  });
}
