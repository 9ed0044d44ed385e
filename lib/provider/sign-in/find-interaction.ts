import { headers } from "next/headers";
import { errors } from "oidc-provider";
import { DomainError } from "@/lib/kernel/errors";
import { loginResult } from "@/lib/provider/oidc/acr";
import { getProvider } from "@/lib/provider/oidc/get-provider";
import { getUserById } from "@/lib/accounts/users/get-user";
import { interactionRequestStubs } from "@/lib/oauth-core/upstream/oidc-provider-internals";

// Route handlers and pages get a Web Request; the provider reads this request's signed interaction
// cookie through stubs (lib/oauth-core/upstream/oidc-provider-internals.ts, item 2).
const stubs = async () => interactionRequestStubs(Object.fromEntries(await headers()));

export type Interaction = Awaited<ReturnType<Awaited<ReturnType<typeof getProvider>>["interactionDetails"]>>;

/** The interaction `uid` of this browser, or null when it is unknown, expired or another's. */
export async function findInteraction(uid: string): Promise<Interaction | null> {
  const provider = await getProvider();
  try {
    const interaction = await provider.interactionDetails(...(await stubs()));
    return interaction.uid === uid ? interaction : null;
  } catch (error) {
    if (error instanceof errors.SessionNotFound) return null;
    throw error;
  }
}

const accountDisabled = () =>
  new DomainError("FORBIDDEN", "This account is disabled. Contact the administrator of this Ninka.");

/** Whether `accountId` may still be signed in or answer a prompt: it exists and is not disabled. */
export async function isAccountActive(accountId: string): Promise<boolean> {
  const user = await getUserById(accountId);
  return Boolean(user && !user.disabledAt);
}

/**
 * Finishes interaction `uid` as a sign-in of `accountId` with `amr` (RFC 8176) — the one way every
 * sign-in method ends. The account is read again here: one disabled after its password or passkey
 * was accepted (during the second step, say) gets nothing (ARCHITECTURE.md "What ends when").
 * `merge`: false drops whatever an earlier step parked on the interaction.
 */
export async function finishLogin(
  uid: string,
  accountId: string,
  amr: string[],
  merge: boolean,
): Promise<string | null> {
  if (!(await isAccountActive(accountId))) throw accountDisabled();
  return finishInteraction(uid, { login: loginResult(accountId, amr) }, merge);
}

/** Records the result of interaction `uid`; returns the URL to send the browser to (303). */
export async function finishInteraction(
  uid: string,
  result: Record<string, unknown>,
  merge = true,
): Promise<string | null> {
  if (!(await findInteraction(uid))) return null;
  const provider = await getProvider();
  return provider.interactionResult(...(await stubs()), result, { mergeWithLastSubmission: merge });
}
