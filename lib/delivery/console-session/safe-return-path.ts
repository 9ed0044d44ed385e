/**
 * Where to send someone after signing in: a path on this site, or `fallback`. Never an absolute
 * URL, a scheme-relative `//host` or `/\host` (browsers read both as another host): no open
 * redirect through the sign-in page (RFC 9700 §4.11).
 */
export function safeReturnPath(value: string | null | undefined, fallback = "/console"): string {
  return value && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : fallback;
}
