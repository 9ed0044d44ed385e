import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { DomainError } from "@/lib/kernel/errors";
import { getLiveSession } from "./get-console-session";
import { LIFETIMES } from "@/lib/kernel/time/lifetimes";
import { durationWords } from "@/lib/kernel/time/durations";

/**
 * Step-up, the one policy (ARCHITECTURE.md "Step-up"): changes that could lock the owner out or
 * let an intruder stay — the email address, two-step sign-in, recovery codes, passkeys, deleting
 * the account — need a sign-in on this very session (password and second step, or a passkey)
 * within LIFETIMES.stepUp. The proof is the session's own record (oidc-provider's `loginTs`,
 * renewed by signing in again with prompt=login), so a console session taken over later, a
 * personal access token or any caller other than a freshly signed-in browser cannot make them.
 */
const stepUpRequired = () =>
  new DomainError(
    "STEP_UP_REQUIRED",
    `For your security, confirm it's you: sign in again, then make this change within ${durationWords(LIFETIMES.stepUp)}.`,
  );

/** Whether the actor's session signed in recently enough for a step-up change. */
export async function hasRecentSignIn(actor: Actor, now = Date.now()): Promise<boolean> {
  if (!actor.session) return false;
  const session = await getLiveSession(actor.session.uid, actor.id);
  return Boolean(session?.loginTs && now / 1000 - session.loginTs <= LIFETIMES.stepUp);
}

/** Throws STEP_UP_REQUIRED unless the actor's session signed in within the window. */
export async function requireRecentSignIn(actor: Actor): Promise<void> {
  if (!(await hasRecentSignIn(actor))) throw stepUpRequired();
}
