"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { runAction } from "./run-action";
import { requireAdminActor, requireSessionActor } from "@/lib/delivery/console-session/session-user";
import type { ActionResult } from "@/lib/kernel/errors";
import type { ConnectionView } from "@/lib/accounts/connections/connection-view";
import {
  createConnection,
  deleteConnection,
  updateConnectionEnabled,
  updateConnectionSettings,
} from "@/lib/accounts/connections/manage-connections";
import { unlinkIdentity } from "@/lib/accounts/connections/linked-identities";
import { CLIENT_IP_HEADER } from "@/lib/kernel/net/client-ip";

// Connections (/admin/connections) and linked identities (/account/security): ARCHITECTURE.md "Federation".
const ADMIN_PAGE = "/admin/connections";
const connectionFields = [
  "name",
  "preset",
  "issuer",
  "clientId",
  "clientSecret",
  "scopes",
  "domains",
  "createAccounts",
];
const settingsFields = ["name", "domains", "createAccounts"];
const SECURITY_PAGE = "/account/security";

const request = async () => {
  const list = await headers();
  return { ip: list.get(CLIENT_IP_HEADER), userAgent: list.get("user-agent") };
};

export async function createConnectionAction(
  _previous: ActionResult<ConnectionView> | null,
  form: FormData,
): Promise<ActionResult<ConnectionView>> {
  return runAction(async () => {
    const actor = await requireAdminActor();
    const input = Object.fromEntries(connectionFields.map((field) => [field, form.get(field) ?? undefined]));
    const connection = await createConnection(actor, input, await request());
    revalidatePath(ADMIN_PAGE);
    return connection;
  });
}

/** Edit on /admin/connections: the label, whether it may create accounts, the allowed domains. */
export async function updateConnectionAction(
  _previous: ActionResult<ConnectionView> | null,
  form: FormData,
): Promise<ActionResult<ConnectionView>> {
  return runAction(async () => {
    const actor = await requireAdminActor();
    const input = Object.fromEntries(settingsFields.map((field) => [field, form.get(field) ?? undefined]));
    const connection = await updateConnectionSettings(actor, form.get("id"), input, await request());
    revalidatePath(ADMIN_PAGE);
    return connection;
  });
}

export async function toggleConnectionAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireAdminActor();
    await updateConnectionEnabled(actor, form.get("id"), { enabled: form.get("enabled") }, await request());
    revalidatePath(ADMIN_PAGE);
    return undefined;
  });
}

export async function removeConnectionAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    await deleteConnection(await requireAdminActor(), form.get("id"), await request());
    revalidatePath(ADMIN_PAGE);
    return undefined;
  });
}

export async function unlinkIdentityAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    await unlinkIdentity(await requireSessionActor(SECURITY_PAGE), form.get("id"));
    revalidatePath(SECURITY_PAGE);
    return undefined;
  });
}
