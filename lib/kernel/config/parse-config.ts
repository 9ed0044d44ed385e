import { z } from "zod";
import { isLoopbackHost } from "@/lib/kernel/validation/loopback-host";

// Every setting Ninka reads, with its default and why. The process reads nothing else from the
// environment; .env.example mirrors this list.
const booleanFlag = z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true");

// host:port, the host a name, an IPv4 address or an IPv6 address in brackets.
const OUTBOUND_ALLOW_ENTRY = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+):\d{1,5}$/i;

// A whole number from 1 to `max`, `fallback` when unset.
const wholeNumber = (max: number, fallback: number) =>
  z.coerce
    .number({ error: "must be a number" })
    .int({ error: "must be a whole number" })
    .min(1, { error: `must be between 1 and ${max}` })
    .max(max, { error: `must be between 1 and ${max}` })
    .default(fallback);
// Caps (per user, per IP address, in total).
const cap = (fallback: number) => wholeNumber(100_000, fallback);
// A number of days, up to a hundred years.
const days = (fallback: number) => wholeNumber(36500, fallback);

const configSchema = z.object({
  // Public origin of this server. The OAuth issuer is `${NINKA_URL}/oauth`; changing it invalidates
  // every token issued under the old one. Unset: http://localhost:${PORT} (parseConfig fills it in).
  NINKA_URL: z
    .url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://id.example.com" })
    .refine(
      (v) => URL.canParse(v) && ["", "/"].includes(new URL(v).pathname) && !new URL(v).search && !new URL(v).hash,
      {
        error: "must be an origin without a path, query or fragment, such as https://id.example.com",
      },
    )
    .transform((v) => new URL(v).origin)
    .optional(),
  PORT: z.coerce
    .number({ error: "must be a port number" })
    .int({ error: "must be a whole number" })
    .min(1, { error: "must be between 1 and 65535" })
    .max(65535, { error: "must be between 1 and 65535" })
    .default(3000),
  // Interface to listen on. 0.0.0.0 so containers work; set 127.0.0.1 to keep it local.
  HOST: z.string().min(1, { error: "must not be empty" }).default("0.0.0.0"),
  // Where the embedded SQLite database and the generated development secret live.
  NINKA_DATA_DIR: z.string().min(1, { error: "must not be empty" }).default("./data"),
  // Unset: embedded SQLite in NINKA_DATA_DIR. Set: that PostgreSQL database (several Ninka
  // processes may share it).
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, {
      error: "must be a postgres:// or postgresql:// URL (unset it to use the embedded SQLite)",
    })
    .optional(),
  // Encrypts private keys at rest. Required unless NINKA_URL is a loopback URL, where one is
  // generated once into NINKA_DATA_DIR so the quick start needs no configuration.
  NINKA_SECRET: z
    .string()
    .min(32, { error: "must be at least 32 characters (try: openssl rand -base64 32)" })
    .optional(),
  // Per-user caps, so one account cannot grow the database without bound (SECURITY.md).
  NINKA_MAX_APPS_PER_USER: cap(100),
  NINKA_MAX_TOKENS_PER_USER: cap(50),
  // 1 when a TLS-terminating proxy sits in front: X-Forwarded-Proto/Host are then trusted.
  NINKA_TRUST_PROXY: booleanFlag.default(false),
  // Outbound email (verification, password reset): smtp://user:pass@host:587 or smtps://…:465.
  // Unset on a loopback NINKA_URL: mails go to the server log instead; elsewhere it is required.
  NINKA_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, {
      error: "must be an smtp:// or smtps:// URL such as smtp://user:pass@mail.example.com:587",
    })
    .optional(),
  // Tests only (ARCHITECTURE.md "Outbound fetches"): a PEM file of an extra CA to trust for outbound TLS (the test mail
  // server's throwaway certificate). Read and checked once, by readOutboundCa (get-config.ts).
  NINKA_OUTBOUND_CA_FILE: z.string().min(1, { error: "must be the path of a PEM certificate file" }).optional(),
  // Tests only (ARCHITECTURE.md "Outbound fetches"): host:port entries an outbound fetch may reach although private, over
  // http too (lib/kernel/net/outbound-allow.ts). server.ts warns at start while it is set.
  NINKA_OUTBOUND_ALLOW: z
    .string()
    .refine((v) => v.split(",").every((entry) => OUTBOUND_ALLOW_ENTRY.test(entry.trim())), {
      error: "must be comma-separated host:port entries such as 127.0.0.1:8443",
    })
    .optional(),
  // The From of every mail. Unset: Ninka <no-reply@the NINKA_URL host>.
  NINKA_MAIL_FROM: z.string().min(3, { error: "must be an address such as Ninka <no-reply@example.com>" }).optional(),
  // 0 turns off per-app usage recording (the app page charts then stay empty); for the benchmark's
  // recording-on-vs-off comparison (bench/README.md).
  NINKA_USAGE_RECORDING: booleanFlag.default(true),
  // Audit events older than this many days are purged (ARCHITECTURE.md "Audit log").
  NINKA_AUDIT_RETENTION_DAYS: days(365),
  // Dynamic client registration under the `open` policy (ARCHITECTURE.md "Dynamic registration"):
  // apps one IP address may register per hour, apps registered so that may exist at once, and the
  // days after which such an app that never got a token (or none since) is deleted.
  NINKA_DCR_OPEN_APPS_PER_IP: cap(10),
  NINKA_DCR_OPEN_MAX_APPS: cap(1000),
  NINKA_DCR_UNUSED_DAYS: days(30),
  // Bearer token Prometheus sends to scrape /metrics; unset, /metrics does not exist (404).
  NINKA_METRICS_TOKEN: z.string().min(16, { error: "must be at least 16 characters" }).optional(),
});

export type Config = z.output<typeof configSchema> & { NINKA_URL: string };

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

const emptyToUndefined = (env: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === "" ? undefined : v]));

/** Parses the environment; on failure the message is one line naming the first bad variable. */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = configSchema.safeParse(emptyToUndefined(env));
  if (parsed.success) {
    const config = { ...parsed.data, NINKA_URL: parsed.data.NINKA_URL ?? `http://localhost:${parsed.data.PORT}` };
    if (!config.NINKA_SECRET && !isLoopbackUrl(config.NINKA_URL)) {
      return {
        ok: false,
        message: `Invalid configuration: NINKA_SECRET is required when NINKA_URL (${config.NINKA_URL}) is not a loopback URL`,
      };
    }
    if (!config.NINKA_SMTP_URL && !isLoopbackUrl(config.NINKA_URL)) {
      return {
        ok: false,
        message: `Invalid configuration: NINKA_SMTP_URL is required when NINKA_URL (${config.NINKA_URL}) is not a loopback URL (Ninka sends verification and password-reset mail)`,
      };
    }
    return { ok: true, config };
  }
  const issue = parsed.error.issues[0]!;
  const name = String(issue.path[0] ?? "environment");
  return { ok: false, message: `Invalid configuration: ${name} ${issue.message}` };
}

export const isLoopbackUrl = (url: string) => isLoopbackHost(new URL(url).hostname);
