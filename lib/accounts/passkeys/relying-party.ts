import { getConfig } from "@/lib/kernel/config/get-config";

// The WebAuthn relying party is Ninka's public URL, derived here and nowhere else: the RP ID is
// NINKA_URL's host name and the only accepted origin is NINKA_URL's origin (W3C WebAuthn §5.1.3,
// §7.1 step 9). A passkey is bound to the RP ID, so changing NINKA_URL's host orphans passkeys.
const RP_NAME = "Ninka";

export function relyingParty(url = getConfig().NINKA_URL): { id: string; origin: string; name: string } {
  const parsed = new URL(url);
  return { id: parsed.hostname, origin: parsed.origin, name: RP_NAME };
}
