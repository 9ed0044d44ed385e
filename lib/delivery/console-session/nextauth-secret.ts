import { getConfig } from "@/lib/kernel/config/get-config";
import { deriveSecret } from "@/lib/kernel/crypto/derived-keys";

// Small on purpose: proxy.ts imports it, and it must not pull the database into the proxy.
export const nextAuthSecret = () => deriveSecret(getConfig().secret, "nextauth");

// Header set by proxy.ts to the path being requested, so a page can send the visitor back to it.
export const REQUEST_PATH_HEADER = "x-ninka-path";

/** next-auth takes its own URL from the environment; Ninka's is NINKA_URL. */
export function setNextAuthUrl(): void {
  process.env.NEXTAUTH_URL = getConfig().NINKA_URL;
}
