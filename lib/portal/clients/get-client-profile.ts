import "server-only";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import { getDb } from "@/lib/kernel/db/client";
import { reviewStateOf } from "@/lib/portal/reviews/review-states";
import { publisherName } from "./publisher-name";

export type ClientProfile = {
  logoUri: string | null;
  clientUri: string | null;
  policyUri: string | null;
  tosUri: string | null;
  developer: string | null;
  /** It registered itself (RFC 7591), so no one vouched for it ("Dynamic registration")... */
  registeredItself: boolean;
  /** ...unless an administrator published it after review ("App review"). */
  approved: boolean;
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
      review: { select: { status: true } },
      owner: { select: { email: true, name: true, emailVerifiedAt: true } },
      // A team's app says "Developed by <team>" (ARCHITECTURE.md "Teams"), with the team's homepage
      // and logo when it has none of its own.
      team: { select: { name: true, homepageUri: true, logoUri: true } },
    },
  });
  if (!row) return null;
  const { owner, team, registeredVia, review, ...links } = row;
  return {
    ...links,
    clientUri: links.clientUri ?? team?.homepageUri ?? null,
    logoUri: links.logoUri ?? team?.logoUri ?? null,
    developer: owner || team ? publisherName(owner, team) : null,
    registeredItself: registeredVia !== null,
    approved: !!review && reviewStateOf(review) === "published",
  };
}
