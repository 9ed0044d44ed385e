import { notFound, redirect } from "next/navigation";
import { getUserById } from "@/lib/accounts/users/get-user";
import { isDomainError } from "@/lib/kernel/errors";
import { getClient } from "@/lib/portal/clients/get-client";
import { getClientRights } from "@/lib/portal/clients/get-client-rights";
import { requireSessionActor } from "./session-user";

/** Another developer's app reads as missing, as in the REST API: the page's not-found. */
export const orNotFound = (error: unknown): never => {
  if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
  throw error;
};

/**
 * The signed-in developer, their (or their team's) app `id` and what their role lets them do with
 * it, for each tab of the app's page (`tab`: the path after the app's own, to come back to after
 * signing in). The tabs show only the controls `rights` allows (ARCHITECTURE.md "Teams").
 */
export async function requireOwnClient(id: string, tab = "") {
  const actor = await requireSessionActor(`/console/clients/${encodeURIComponent(id)}${tab}`);
  const client = await getClient(actor, id).catch(async (error: unknown) => {
    // An administrator following a link to someone else's app gets the administrator's view of it
    // (/admin/apps/[clientId]), which answers "not found" itself for an app that does not exist.
    if (isDomainError(error) && error.code === "NOT_FOUND" && (await getUserById(actor.id))?.isAdmin)
      redirect(`/admin/apps/${encodeURIComponent(id)}`);
    return orNotFound(error);
  });
  const rights = await getClientRights(actor, id).catch(orNotFound);
  return { actor, client, rights };
}
