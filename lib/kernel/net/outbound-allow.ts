// NINKA_OUTBOUND_ALLOW (tests only, ARCHITECTURE.md "Outbound fetches"): `host:port` entries an outbound fetch may reach
// although they resolve to a private address, over http too. Never set in production; the server
// logs a warning at start while it is (server.ts).

/** The entries of NINKA_OUTBOUND_ALLOW, lower-cased, as `host:port` (IPv6 hosts in brackets). */
export function parseOutboundAllow(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
}

/** Whether `url`'s host and port (the scheme's default when absent) is an allowed entry. */
export function isOutboundAllowed(url: URL, allow: readonly string[]): boolean {
  if (!allow.length) return false;
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return allow.includes(`${url.hostname.toLowerCase()}:${port}`);
}
