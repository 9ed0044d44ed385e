// Loopback hosts (ARCHITECTURE.md "OAuth rules"): where http is allowed for redirect URIs while a
// developer tests locally (RFC 8252 §7.3), and where Ninka itself may run without NINKA_SECRET and
// NINKA_SMTP_URL. One list, also for the words that tell people which hosts these are.
const LOOPBACK_HOSTS: readonly string[] = ["localhost", "127.0.0.1", "[::1]"];

/** Whether a URL's `hostname` (IPv6 in brackets, as URL gives it) is this machine's loopback. */
export const isLoopbackHost = (hostname: string) => LOOPBACK_HOSTS.includes(hostname);

/** "localhost, 127.0.0.1 or [::1]" */
export const LOOPBACK_HOSTS_WORDS = `${LOOPBACK_HOSTS.slice(0, -1).join(", ")} or ${LOOPBACK_HOSTS.at(-1)}`;
