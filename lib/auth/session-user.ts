import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { getUserById } from "@/lib/users/get-user";
import type { Actor } from "@/lib/actors/actor";
import { getAuthOptions } from "./auth-options";
import { safeReturnPath } from "./safe-return-path";
import { REQUEST_PATH_HEADER } from "./nextauth-secret";

/**
 * The signed-in console user, or null. Reads the user afresh (name and email may have changed),
 * and treats a session issued before the latest password change as signed out: changing the
 * password ends the console sessions of other browsers.
 */
export const getSessionActor = cache(async (): Promise<Actor | null> => {
  await connection(); // per request, never at build time (the configuration is read below)
  const session = (await getServerSession(getAuthOptions())) as { userId?: string; pwdAt?: number } | null;
  if (!session?.userId) return null;
  const user = await getUserById(session.userId);
  if (!user || (user.passwordChangedAt?.getTime() ?? 0) !== (session.pwdAt ?? 0)) return null;
  if (user.disabledAt) return null; // disabling an account ends its console sessions
  return { id: user.id, email: user.email, name: user.name, ...(user.isAdmin && { isAdmin: true }) };
});

/** The signed-in user; otherwise redirects to sign in, coming back to `returnTo` (default: this page). */
export async function requireSessionActor(returnTo?: string): Promise<Actor> {
  const actor = await getSessionActor();
  if (actor) return actor;
  const path = returnTo ?? (await headers()).get(REQUEST_PATH_HEADER) ?? "/console";
  redirect(signInPath(path));
}

/** The sign-in page, with a same-site path to return to (anything else falls back to /console). */
export function signInPath(returnTo: string): string {
  return `/signin?callbackUrl=${encodeURIComponent(safeReturnPath(returnTo))}`;
}

/**
 * The signed-in administrator. Anyone else gets a 404, so /admin does not reveal that it exists
 * (ARCHITECTURE.md "Administration"); pages, actions and REST all call this.
 */
export async function requireAdminActor(): Promise<Actor> {
  const actor = await getSessionActor();
  if (!actor || !(await getUserById(actor.id))?.isAdmin) notFound();
  return actor;
}
