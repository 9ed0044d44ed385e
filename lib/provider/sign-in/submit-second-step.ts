import "server-only";
import { isDomainError } from "@/lib/kernel/errors";
import { SecondStepThrottledError, verifySecondStep } from "@/lib/accounts/two-step/verify-second-step";
import { finishLogin, findInteraction, type Interaction } from "./find-interaction";

// After the password, a user with a second step enrolled is parked on the interaction itself
// (its stored `result`, which oidc-provider keeps server-side and overwrites when the interaction
// finishes) until a code is accepted; no login is recorded before then (ARCHITECTURE.md
// "Two-step sign-in"). RFC 8176 `amr`: "pwd" then "otp" for a TOTP or recovery code.
const PENDING = "ninkaSecondStep";

// `amr`: how the first step was made, when not by password ("fed": another identity provider).
type Pending = { accountId: string; amr?: string[] };

export async function startSecondStep(interaction: Interaction, accountId: string, amr?: string[]): Promise<string> {
  interaction.result = { [PENDING]: { accountId, amr } satisfies Pending };
  await interaction.save(interaction.exp - Math.floor(Date.now() / 1000));
  return `/interaction/${encodeURIComponent(interaction.uid)}/second-step`;
}

export function pendingSecondStep(interaction: Interaction): Pending | null {
  const pending = (interaction.result as Record<string, unknown> | undefined)?.[PENDING] as Pending | undefined;
  return pending && typeof pending.accountId === "string" ? pending : null;
}

/** The second-step form of interaction `uid`; returns where to send the browser. */
export async function submitSecondStep(uid: string, input: { code: string }): Promise<string> {
  const page = `/interaction/${encodeURIComponent(uid)}`;
  const interaction = await findInteraction(uid);
  const pending = interaction && pendingSecondStep(interaction);
  if (!pending) return page;
  try {
    await verifySecondStep(pending.accountId, input.code);
    const next = await finishLogin(uid, pending.accountId, [...(pending.amr ?? ["pwd"]), "otp"], false);
    return next ?? page;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    if (error.code === "FORBIDDEN") return `${page}?error=disabled`;
    const query = new URLSearchParams({ error: error instanceof SecondStepThrottledError ? "throttled" : "invalid" });
    if (error instanceof SecondStepThrottledError) query.set("retry", String(error.minutes));
    return `${page}/second-step?${query}`;
  }
}

/** Whether interaction `uid` of this browser is waiting for a second step. */
export async function isSecondStepPending(uid: string): Promise<boolean> {
  const interaction = await findInteraction(uid);
  return Boolean(interaction && pendingSecondStep(interaction));
}
