import { AsyncLocalStorage } from "node:async_hooks";
import { format } from "node:util";
import pino from "pino";

// Structured JSON log records, one per line on stderr (ARCHITECTURE.md "Logs"). Callers pass a
// message and plain metadata they chose field by field: never a body, a query string, a cookie,
// an Authorization header, a secret, a token or a password. Redaction below is a second net for
// well-known field names, not the defence.
type Meta = Record<string, unknown>;
// What is known of the request being served: its id (on every log line), and for the audit log
// (ARCHITECTURE.md "Audit log") the client's address and user agent.
export type RequestContext = { requestId: string; ip?: string; userAgent?: string };

// One store per process: Next.js bundles lib/ apart from the copy server.ts loads, and a request
// enters through server.ts but logs from inside Next.js.
const state = globalThis as unknown as { __ninkaRequestContext?: AsyncLocalStorage<RequestContext> };
const requests = (state.__ninkaRequestContext ??= new AsyncLocalStorage<RequestContext>());

const logger = pino(
  {
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const requestId = requests.getStore()?.requestId;
      return requestId ? { requestId } : {};
    },
    redact: {
      paths: [
        "password",
        "*.password",
        "secret",
        "*.secret",
        "token",
        "*.token",
        "authorization",
        "*.authorization",
        "cookie",
        "*.cookie",
      ],
      censor: "[redacted]",
    },
  },
  // Synchronous: a line written just before a crash or process.exit is not lost.
  pino.destination({ fd: 2, sync: true }),
);

const write = (level: "info" | "warn" | "error") => (message: string, meta?: Meta) =>
  logger[level](meta ?? {}, message);

export const log = { info: write("info"), warn: write("warn"), error: write("error") };

/** Runs `fn` (one HTTP request) so that every line it logs carries its request id. */
export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return requests.run(context, fn);
}

/** The request being served, if any (none in the CLI, tests and timers). */
export const currentRequest = (): RequestContext | undefined => requests.getStore();

/**
 * Sends console output (Next.js, Koa and oidc-provider print through it) to the JSON log, so that
 * every line of the server's output is one JSON record.
 */
export function routeConsoleToLog(): void {
  const to =
    (level: "info" | "warn" | "error") =>
    (...args: unknown[]) =>
      logger[level](format(...args));
  Object.assign(console, {
    log: to("info"),
    info: to("info"),
    debug: to("info"),
    warn: to("warn"),
    error: to("error"),
  });
}

/** A short description of an unknown error, without stack or payload. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
