"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "./run-action";
import { transferClient } from "@/lib/portal/admin/transfer-client";
import { suspendClient, unsuspendClient } from "@/lib/portal/admin/update-client-suspension";
import { deleteUserAsAdmin, signOutUserEverywhere } from "@/lib/portal/admin/update-user-access";
import { updateAdmin } from "@/lib/portal/admin/update-admin";
import { updateUserStatus } from "@/lib/portal/admin/update-user-status";
import { requireAdminActor } from "@/lib/delivery/console-session/session-user";
import type { ActionResult } from "@/lib/kernel/errors";

// The admin pages' actions: a 404 for anyone but an administrator (requireAdminActor), and the
// domain functions check again (lib/kernel/actors/assert-admin.ts). Each re-renders every admin
// page: a user or an app shows in the lists, on its own page and in the dashboard's counts.

export async function setUserDisabledAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireAdminActor();
    await updateUserStatus(actor, { email: form.get("email"), disabled: form.get("disabled") === "true" });
    revalidatePath("/admin", "layout");
    return undefined;
  });
}

export async function setUserAdminAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireAdminActor();
    await updateAdmin(actor, { email: form.get("email"), isAdmin: form.get("isAdmin") === "true" });
    revalidatePath("/admin", "layout");
    return undefined;
  });
}

export async function suspendClientAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireAdminActor();
    if (form.get("suspend") === "false") await unsuspendClient(actor, { clientId: form.get("clientId") });
    else await suspendClient(actor, { clientId: form.get("clientId"), reason: form.get("reason") });
    revalidatePath("/admin", "layout");
    return undefined;
  });
}

export async function transferClientAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireAdminActor();
    await transferClient(actor, {
      clientId: form.get("clientId"),
      email: form.get("email"),
      revokeSecrets: form.get("revokeSecrets") === "on",
    });
    revalidatePath("/admin", "layout");
    return undefined;
  });
}

export async function signOutUserEverywhereAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireAdminActor();
    await signOutUserEverywhere(actor, { email: form.get("email") });
    revalidatePath("/admin", "layout");
    return undefined;
  });
}

export async function deleteUserAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireAdminActor();
    // The app ids the dialog listed, so an app made since then stops the deletion (lib/accounts/users/delete-account.ts).
    const confirmedAppIds = String(form.get("confirmedAppIds") ?? "")
      .split(",")
      .filter(Boolean);
    await deleteUserAsAdmin(actor, { email: form.get("email"), confirmedAppIds });
    revalidatePath("/admin", "layout");
    return undefined;
  });
}
