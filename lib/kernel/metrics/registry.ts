import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/** Connections of the database pool at scrape time, as lib/kernel/db reports them (null: no pool yet). */
export type PoolStats = { kind: "sqlite" | "postgresql"; max: number; total: number; idle?: number; waiting?: number };
let poolStats: () => PoolStats | null = () => null;
/** lib/kernel/db registers where the pool's numbers come from (metrics sits below db in ARCHITECTURE.md's table). */
export function setPoolStatsSource(source: () => PoolStats | null) {
  poolStats = source;
}

// Prometheus metrics of this process (ARCHITECTURE.md "Insights"). Labels are bounded sets
// (endpoint family, grant type, result, how a query ran): never a user, client, secret or path,
// so the series count cannot grow with traffic. Kept on globalThis: Next.js bundles lib/ apart from server.ts's copy.
function create() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "ninka_" });
  const registers = [registry];
  return {
    registry,
    requests: new Counter({
      name: "ninka_http_requests_total",
      help: "HTTP requests by endpoint family and status class",
      labelNames: ["family", "status"],
      registers,
    }),
    latency: new Histogram({
      name: "ninka_http_request_duration_seconds",
      help: "HTTP request latency by endpoint family",
      labelNames: ["family"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    tokens: new Counter({
      name: "ninka_oauth_tokens_issued_total",
      help: "Successful token endpoint responses by grant type",
      labelNames: ["grant_type"],
      registers,
    }),
    clientAuthFailures: new Counter({
      name: "ninka_oauth_client_auth_failures_total",
      help: "Failed client authentications (invalid_client)",
      registers,
    }),
    logins: new Counter({
      name: "ninka_logins_total",
      help: "Sign-ins by result; through another identity provider, by connection id too",
      labelNames: ["result", "connection"],
      registers,
    }),
    dbQueries: new Histogram({
      name: "ninka_db_query_duration_seconds",
      help: "Database query latency: through Prisma (as it reports it) or the hot path's prepared statements",
      labelNames: ["via"],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    }),
    // Read at scrape time, not kept up to date per query: the pool's own counters are the truth.
    dbPool: new Gauge({
      name: "ninka_db_pool_connections",
      help: "Database connections of this process by state (total, idle, waiting clients, max); SQLite has one embedded connection",
      labelNames: ["database", "state"],
      registers,
      collect() {
        this.reset();
        const stats = poolStats();
        if (!stats) return;
        for (const state of ["max", "total", "idle", "waiting"] as const) {
          const value = stats[state];
          if (value !== undefined) this.set({ database: stats.kind, state }, value);
        }
      },
    }),
  };
}

const store = globalThis as unknown as { __ninkaMetrics?: ReturnType<typeof create> };
export const metrics = () => (store.__ninkaMetrics ??= create());

export type EndpointFamily =
  "oauth_token" | "oauth_authorize" | "oauth_other" | "rest" | "console" | "assets" | "metrics";

/** The endpoint family of a request path, for labels (RFC 6749 §3 names the two OAuth endpoints). */
export function endpointFamily(path: string, bearer: boolean): EndpointFamily {
  if (path === "/oauth/token") return "oauth_token";
  if (path === "/oauth/authorize" || path === "/oauth/auth") return "oauth_authorize";
  if (path === "/oauth" || path.startsWith("/oauth/") || path.startsWith("/.well-known/")) return "oauth_other";
  if (path === "/metrics") return "metrics";
  if (path.startsWith("/_next/")) return "assets";
  return bearer ? "rest" : "console";
}
