// One-line log records on stderr. Callers pass messages and plain metadata; never a secret, a
// token or a password (nothing here redacts them for you).
type Level = "info" | "warn" | "error";

function write(level: Level, message: string, meta?: Record<string, unknown>) {
  const time = new Date().toISOString();
  const extra = meta && Object.keys(meta).length ? ` ${JSON.stringify(meta)}` : "";
  process.stderr.write(`${time} ${level.toUpperCase().padEnd(5)} ${message}${extra}\n`);
}

export const log = {
  info: (message: string, meta?: Record<string, unknown>) => write("info", message, meta),
  warn: (message: string, meta?: Record<string, unknown>) => write("warn", message, meta),
  error: (message: string, meta?: Record<string, unknown>) => write("error", message, meta),
};

/** A short description of an unknown error, without stack or payload. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
