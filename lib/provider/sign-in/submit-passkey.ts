import "server-only";
import { DomainError } from "@/lib/kernel/errors";
import {
  createSecondStepOptions,
  createSignInOptions,
  hasPasskey,
} from "@/lib/accounts/passkeys/create-authentication-options";
import { verifySecondStepPasskey, verifySignIn } from "@/lib/accounts/passkeys/verify-authentication";
import { passkeysAvailable } from "@/lib/accounts/passkeys/relying-party";
import { finishLogin, findInteraction, type Interaction } from "./find-interaction";
import { pendingSecondStep } from "./submit-second-step";

// Passkeys on the login interaction (ARCHITECTURE.md "Passkeys"). The browser fetches options and
// posts the assertion as JSON to route handlers under /interaction/<uid>/, so the interaction's
// SameSite=Lax cookie (which only this browser holds) binds the challenge to it. Every refusal is a
// DomainError (4xx problem); success answers the URL to send the browser to.
const gone = () => new DomainError("NOT_FOUND", "This sign-in has expired. Go back to the app and start again.");

async function loginInteraction(uid: string): Promise<Interaction> {
  const interaction = await findInteraction(uid);
  if (!interaction || interaction.prompt.name !== "login") throw gone();
  return interaction;
}

async function pendingAccount(uid: string): Promise<{ accountId: string; amr: string[] }> {
  const interaction = await findInteraction(uid);
  const pending = interaction && pendingSecondStep(interaction);
  if (!pending) throw gone();
  return { accountId: pending.accountId, amr: pending.amr ?? ["pwd"] };
}

export async function passkeySignInOptions(uid: string) {
  await loginInteraction(uid);
  return createSignInOptions(uid);
}

/** A passkey alone: the login finishes with the passkey's `amr` (no password, no second step). */
export async function submitPasskeySignIn(uid: string, response: unknown, ip: string | null): Promise<string> {
  await loginInteraction(uid);
  const { accountId, amr } = await verifySignIn(uid, response, ip);
  // merge=false: a second step parked by an earlier password attempt is dropped, not kept.
  const next = await finishLogin(uid, accountId, amr, false);
  if (!next) throw gone();
  return next;
}

export async function passkeySecondStepOptions(uid: string) {
  return createSecondStepOptions(uid, (await pendingAccount(uid)).accountId);
}

/** A passkey after the password (or another provider): amr ["pwd" | "fed", "hwk" | "swk"] (RFC 8176). */
export async function submitPasskeySecondStep(uid: string, response: unknown): Promise<string> {
  const { accountId, amr } = await pendingAccount(uid);
  const method = await verifySecondStepPasskey(uid, accountId, response);
  const next = await finishLogin(uid, accountId, [...amr, method], false);
  if (!next) throw gone();
  return next;
}

/** Whether the second-step page of `uid` offers a passkey (the pending account has one). */
export async function secondStepOffersPasskey(uid: string): Promise<boolean> {
  const interaction = await findInteraction(uid);
  const pending = interaction && pendingSecondStep(interaction);
  return Boolean(pending && passkeysAvailable() && (await hasPasskey(pending.accountId)));
}
