import type { ApplicationType } from "./application-types";
import { isLoopbackHost, LOOPBACK_HOSTS_WORDS } from "@/lib/kernel/validation/loopback-host";

// Redirect URI rules (ARCHITECTURE.md "OAuth rules", RFC 9700 §2.1, RFC 8252 §7): absolute, matched
// exactly, so no wildcards and no fragments; https, or http on loopback for local testing; native
// apps may also use private-use URI schemes (reverse domain name, e.g. com.example.app:/cb).
const MAX_REDIRECT_URI_LENGTH = 2000;
export const MAX_REDIRECT_URIS = 20;

// RFC 8252 §7.1: a scheme with a period, e.g. reverse-DNS of a domain the developer controls.
const PRIVATE_USE_SCHEME = /^[a-z][a-z0-9+.-]*\.[a-z0-9+.-]+:$/;

/** Why `value` is not an acceptable redirect URI for this application type, or null if it is. */
export function redirectUriProblem(value: string, type: ApplicationType): string | null {
  if (value.length > MAX_REDIRECT_URI_LENGTH) return `must be at most ${MAX_REDIRECT_URI_LENGTH} characters`;
  if (value.includes("*")) return "must not contain wildcards: redirect URIs match exactly";
  if (!URL.canParse(value)) return "must be an absolute URL, such as https://app.example.com/callback";
  const url = new URL(value);
  if (url.hash || value.includes("#")) return "must not contain a fragment (#…)";
  if (url.username || url.password) return "must not contain a user name or password";
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:") {
    return isLoopbackHost(url.hostname) ? null : `must use https (http is allowed only on ${LOOPBACK_HOSTS_WORDS})`;
  }
  if (type === "native" && PRIVATE_USE_SCHEME.test(url.protocol)) return null;
  return type === "native"
    ? "must use https, http on loopback, or a private-use scheme such as com.example.app:/callback"
    : `must use https (or http on ${LOOPBACK_HOSTS_WORDS})`;
}
