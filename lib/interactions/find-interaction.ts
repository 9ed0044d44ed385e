import { headers } from "next/headers";
import { errors } from "oidc-provider";
import { getProvider } from "@/lib/oidc/get-provider";
import { interactionRequestStubs } from "@/lib/upstream/oidc-provider-internals";

// Route handlers and pages get a Web Request; the provider reads this request's signed interaction
// cookie through stubs (lib/upstream/oidc-provider-internals.ts, item 2).
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

/** Records the result of interaction `uid`; returns the URL to send the browser to (303). */
export async function finishInteraction(uid: string, result: Record<string, unknown>, merge = true): Promise<string | null> {
  if (!(await findInteraction(uid))) return null;
  const provider = await getProvider();
  return provider.interactionResult(...(await stubs()), result, { mergeWithLastSubmission: merge });
}
