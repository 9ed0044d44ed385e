import { isIP } from "node:net";
import { getConfig } from "@/lib/kernel/config/get-config";

// The WebAuthn relying party is Ninka's public URL, derived here and nowhere else: the RP ID is
// NINKA_URL's host name and the only accepted origin is NINKA_URL's origin (W3C WebAuthn §5.1.3,
// §7.1 step 9). A passkey is bound to the RP ID, so changing NINKA_URL's host orphans passkeys.
const RP_NAME = "Ninka";

export function relyingParty(url = getConfig().NINKA_URL): { id: string; origin: string; name: string } {
  const parsed = new URL(url);
  return { id: parsed.hostname, origin: parsed.origin, name: RP_NAME };
}

/**
 * Whether passkeys can work here at all: browsers refuse an IP address as RP ID (W3C WebAuthn
 * §5.1.3: it must be a valid domain, so `localhost` works and `127.0.0.1` does not). When they
 * cannot, the pages say why instead of offering a ceremony that ends in "cancelled or timed out".
 */
export function passkeysAvailable(url = getConfig().NINKA_URL): boolean {
  return isIP(new URL(url).hostname.replace(/^\[|\]$/g, "")) === 0;
}
