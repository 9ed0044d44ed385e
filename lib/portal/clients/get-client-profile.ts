import "server-only";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import { getDb } from "@/lib/kernel/db/client";
import { publisherName } from "./publisher-name";

export type ClientProfile = {
  logoUri: string | null;
  clientUri: string | null;
  policyUri: string | null;
  tosUri: string | null;
  developer: string | null;
  /** It registered itself (RFC 7591): no person at Ninka looked at it ("Dynamic registration"). */
  registeredItself: boolean;
};

/**
 * What the consent screen shows about a registered app besides its name: its links and who
 * developed it. Null for clients that are not registered apps (the first-party console).
 */
export async function getClientProfile(_system: SystemActor, clientId: string): Promise<ClientProfile | null> {
  const row = await getDb().client.findUnique({
    where: { id: clientId },
    select: {
      logoUri: true,
      clientUri: true,
      policyUri: true,
      tosUri: true,
      registeredVia: true,
      owner: { select: { email: true, name: true, emailVerifiedAt: true } },
    },
  });
  if (!row) return null;
  const { owner, registeredVia, ...links } = row;
  return { ...links, developer: publisherName(owner), registeredItself: registeredVia !== null };
}
