import type { IncomingMessage, ServerResponse } from "node:http";
import { headers } from "next/headers";
import { errors } from "oidc-provider";
import { getProvider } from "./get-provider";

// Route handlers and pages get no Node req/res. oidc-provider's interactionDetails and
// interactionResult only read the signed interaction cookie, so a request carrying this request's
// headers and a response that records nothing keep its signature checks (see ENVIRONMENT.md).
async function stubs(): Promise<[IncomingMessage, ServerResponse]> {
  const req = { headers: Object.fromEntries(await headers()), socket: {}, url: "/", method: "GET" };
  const res = { getHeader: () => undefined, setHeader: () => undefined, removeHeader: () => undefined };
  return [req as unknown as IncomingMessage, res as unknown as ServerResponse];
}

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
