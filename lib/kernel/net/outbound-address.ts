import ipaddr from "ipaddr.js";

// Which resolved addresses an outbound fetch may connect to (ARCHITECTURE.md "Outbound fetches").
// Only ipaddr.js's "unicast" range, i.e. public unicast: loopback, RFC 1918, link-local (cloud
// metadata at 169.254.169.254 included), CGNAT (RFC 6598), 0.0.0.0, IPv6 ULA, loopback and
// link-local, multicast, reserved and the IPv6 ranges that embed an IPv4 address (6to4, Teredo,
// NAT64) are all refused. An IPv4-mapped IPv6 address is judged as the IPv4 address it maps.

/** Why `address` may not be fetched from ("loopback", "private", …), or null when it is public. */
export function forbiddenAddressRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return "invalid";
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  return range === "unicast" ? null : range;
}
