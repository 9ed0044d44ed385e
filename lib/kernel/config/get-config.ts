import { parseConfig, type Config } from "./parse-config";
import { readOutboundCa } from "./outbound-ca";
import { resolveSecret } from "./resolve-secret";

/** `outboundCa`: the PEM of NINKA_OUTBOUND_CA_FILE, for outbound TLS (mail), when set. */
export type RuntimeConfig = Config & { secret: string; issuer: string; outboundCa?: string };

export class ConfigError extends Error {
  override name = "ConfigError";
}

const cache = globalThis as unknown as { __ninkaConfig?: RuntimeConfig };

/** The validated configuration of this process, read once. Throws ConfigError with one line. */
export function getConfig(): RuntimeConfig {
  if (cache.__ninkaConfig) return cache.__ninkaConfig;
  const result = parseConfig(process.env);
  if (!result.ok) throw new ConfigError(result.message);
  const config = result.config;
  const ca = config.NINKA_OUTBOUND_CA_FILE ? readOutboundCa(config.NINKA_OUTBOUND_CA_FILE) : undefined;
  if (ca && !ca.ok) throw new ConfigError(ca.message);
  cache.__ninkaConfig = {
    ...config,
    secret: resolveSecret(config),
    issuer: `${config.NINKA_URL}/oauth`,
    outboundCa: ca?.pem,
  };
  return cache.__ninkaConfig;
}
