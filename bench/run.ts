// `npm run bench`: throughput of the token endpoint (client_credentials, secret checked against
// stored digests) on SQLite and PostgreSQL, side by side in one run, with the discovery document
// (no database) as the in-run baseline. Each database is fresh; each server is a real process.
// Options: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 10), BENCH_DB=sqlite|postgresql.
import autocannon from "autocannon";
import { createClient } from "@/lib/clients/create-client";
import { disconnectDb, getDatabaseTarget } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations/apply-migrations";
import { createUser } from "@/lib/users/create-user";
import { createTestDatabase, type TestDatabase } from "../tests/integration/support/test-database";
import { startServer } from "../tests/integration/support/start-server";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const kinds = (process.env.BENCH_DB?.split(",") ?? ["sqlite", "postgresql"]) as ("sqlite" | "postgresql")[];

type Row = { db: string; endpoint: string; rps: number; p50: number; p99: number; errors: number };

async function provision(db: TestDatabase) {
  for (const key of ["__ninkaConfig", "__ninkaDb"]) delete (globalThis as Record<string, unknown>)[key];
  delete process.env.DATABASE_URL;
  Object.assign(process.env, db.env);
  await applyMigrations(getDatabaseTarget());
  const user = await createUser({ email: `bench-${Date.now()}@example.test`, name: "Bench", password: "bench-password-1234" });
  const { client, client_secret } = await createClient(user, { client_name: "Bench", application_type: "m2m" });
  await disconnectDb();
  return { clientId: client.client_id, secret: client_secret! };
}

async function measure(url: string, init: { method?: "POST"; headers?: Record<string, string>; body?: string } = {}) {
  const result = await autocannon({ url, connections, duration: seconds, ...init });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors };
}

const rows: Row[] = [];
for (const kind of kinds) {
  const db = await createTestDatabase(kind);
  try {
    const { clientId, secret } = await provision(db);
    const server = await startServer(db.env);
    try {
      const basic = Buffer.from(`${clientId}:${secret}`).toString("base64");
      const discovery = await measure(`${server.url}/oauth/.well-known/openid-configuration`);
      rows.push({ db: kind, endpoint: "GET discovery (no database)", ...discovery });
      const token = await measure(`${server.url}/oauth/token`, {
        method: "POST",
        headers: { authorization: `Basic ${basic}`, "content-type": "application/x-www-form-urlencoded" },
        body: "grant_type=client_credentials",
      });
      rows.push({ db: kind, endpoint: "POST token client_credentials", ...token });
    } finally {
      await server.stop();
    }
  } finally {
    await db.drop();
  }
}

console.log(`\n${connections} connections, ${seconds} s each, 2-core machine; ratio = requests/s relative to discovery in the same server\n`);
console.table(
  rows.map((r) => {
    const base = rows.find((b) => b.db === r.db && b.endpoint.startsWith("GET discovery"))!;
    return { database: r.db, endpoint: r.endpoint, "req/s": Math.round(r.rps), "p50 ms": r.p50, "p99 ms": r.p99, errors: r.errors, ratio: (r.rps / base.rps).toFixed(2) };
  }),
);
if (rows.some((r) => r.errors > 0)) process.exitCode = 1;
