import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { getLiveSession } from "@/lib/accounts/sessions/get-console-session";
import { getUserById } from "@/lib/accounts/users/get-user";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getAuthOptions } from "./auth-options";
import { signInPath } from "./sign-in-paths";
import { REQUEST_PATH_HEADER } from "./nextauth-secret";

/**
 * The signed-in console user, or null. Reads the user afresh (name and email may have changed),
 * and accepts the console session only while the Ninka session it came from lives: signing that
 * browser out, signing out everywhere, a password change or reset, disabling or deleting the
 * account end it on every process at the next request (ARCHITECTURE.md "What ends when").
 */
export const getSessionActor = cache(async (): Promise<Actor | null> => {
  await connection(); // per request, never at build time (the configuration is read below)
  const session = (await getServerSession(getAuthOptions())) as { userId?: string; sid?: unknown } | null;
  if (!session?.userId || typeof session.sid !== "string") return null;
  const [user, live] = await Promise.all([getUserById(session.userId), getLiveSession(session.sid, session.userId)]);
  if (!user || !live || user.disabledAt) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    ...(user.isAdmin && { isAdmin: true }),
    ...(!user.emailVerifiedAt && { unverified: true }),
    session: { uid: live.uid },
  };
});

/** The signed-in user; otherwise redirects to sign in, coming back to `returnTo` (default: this page). */
export async function requireSessionActor(returnTo?: string): Promise<Actor> {
  const actor = await getSessionActor();
  if (actor) return actor;
  const path = returnTo ?? (await headers()).get(REQUEST_PATH_HEADER) ?? "/console";
  redirect(signInPath(path));
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
