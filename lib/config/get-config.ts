import { parseConfig, type Config } from "./parse-config";
import { resolveSecret } from "./resolve-secret";

export type RuntimeConfig = Config & { secret: string; issuer: string };

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
  cache.__ninkaConfig = { ...config, secret: resolveSecret(config), issuer: `${config.NINKA_URL}/oauth` };
  return cache.__ninkaConfig;
}
