import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { startChildServer, type ChildServer } from "../support/child-server";
import { signInToConsole } from "../support/console-session";
import { basicAuth, expectStatus, FORM, parseJson, request } from "../support/http";
import { quantile } from "../support/measurement";
import type { DatabaseKind } from "../support/options";
import { forgetDashboardDays, seedScale, type ScaleSizes } from "./seed-sql";
import { inheritedEnv } from "../../tests/integration/support/start-server";

// One Ninka instance of the scale benchmark (bench/README.md "Scale"): started from `dir` on a fresh
// database, seeded to `sizes` or left empty, then timed: start-up to ready, the token endpoint
// alone, during the first purge and while /admin loads, and the admin and console pages.
export type Variant = { label: string; dir: string; sizes: ScaleSizes | null };
type Latency = { p50: number; p99: number; count: number };
export type InstanceResult = {
  label: string;
  readySeconds: number;
  pages: Record<string, number>;
  tokens: Record<string, Latency>;
};

const round = (ms: number) => Math.round(ms * 10) / 10;

async function cli(dir: string, env: Record<string, string>, args: string[], stdin = ""): Promise<string> {
  const child = spawn(process.execPath, ["bin/ninka.mjs", ...args], {
    cwd: dir,
    env: { ...inheritedEnv(), NODE_ENV: "production", ...env },
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (c) => (out += c));
  child.stderr.on("data", (c) => (err += c));
  child.stdin.end(stdin);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`ninka ${args.slice(0, 2).join(" ")} failed: ${err.slice(-2000)}`);
  return out.trim();
}

/** Token requests from `workers` loops until `until()` says stop; latency of each. */
async function tokenLoad(
  issuer: string,
  app: { id: string; secret: string },
  until: () => boolean,
  workers: number,
): Promise<Latency> {
  const latencies: number[] = [];
  const init = {
    method: "POST",
    headers: { authorization: basicAuth(app.id, app.secret), "content-type": FORM },
    body: "grant_type=client_credentials",
  };
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (!until()) {
        const started = performance.now();
        expectStatus(await request(`${issuer}/token`, init), 200, "client_credentials");
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { p50: round(quantile(latencies, 0.5)), p99: round(quantile(latencies, 0.99)), count: latencies.length };
}

const forSeconds = (seconds: number) => {
  const end = performance.now() + seconds * 1000;
  return () => performance.now() >= end;
};

/** Median time of `n` sequential GETs after one unmeasured one. */
async function pageMedian(url: string, headers: Record<string, string>, n: number): Promise<number> {
  expectStatus(await request(url, { headers }), 200, `GET ${url}`);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    expectStatus(await request(url, { headers }), 200, `GET ${url}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return round(quantile(times, 0.5));
}

async function start(dir: string, env: Record<string, string>): Promise<{ server: ChildServer; readySeconds: number }> {
  const started = performance.now();
  const server = await startChildServer("server.ts", env, "/readyz", dir);
  return { server, readySeconds: Math.round((performance.now() - started) / 100) / 10 };
}

export async function measureInstance(
  kind: DatabaseKind,
  variant: Variant,
  env: Record<string, string>,
  seconds: number,
  loadWorkers: number,
): Promise<InstanceResult> {
  const admin = { email: `admin-${Date.now()}@bench.example`, password: "bench-admin-password-1" };
  const dev = { email: `dev-${Date.now()}@bench.example`, password: "bench-dev-password-1" };
  let { server } = await start(variant.dir, env);
  let app: { id: string; secret: string };
  let pat: string;
  try {
    await cli(
      variant.dir,
      env,
      ["users", "create", "--admin", "--email", admin.email, "--name", "Bench Admin", "--password-stdin"],
      `${admin.password}\n`,
    );
    await cli(
      variant.dir,
      env,
      ["users", "create", "--email", dev.email, "--name", "Bench Developer", "--password-stdin"],
      `${dev.password}\n`,
    );
    pat = await cli(variant.dir, env, [
      "tokens",
      "create",
      "--email",
      dev.email,
      "--name",
      "bench",
      "--scopes",
      "clients:read,clients:write",
    ]);
    const created = parseJson<{ client_id: string; client_secret: string }>(
      expectStatus(
        await request(`${server.url}/clients`, {
          method: "POST",
          headers: { authorization: `Bearer ${pat}`, "content-type": "application/json" },
          body: JSON.stringify({ client_name: "Scale service", application_type: "m2m" }),
        }),
        201,
        "POST /clients",
      ),
      "POST /clients",
    );
    app = { id: created.client_id, secret: created.client_secret };
  } finally {
    await server.stop();
  }
  if (variant.sizes) await seedScale(kind, env, variant.sizes, dev.email);

  // Start-up with the expired rows waiting, then the token endpoint through the first purge pass.
  const restarted = await start(variant.dir, env);
  server = restarted.server;
  try {
    const issuer = `${server.url}/oauth`;
    const purgeStarted = performance.now();
    // The pass starts a few seconds after listen (or, before this change, ran before it); an empty
    // database has nothing to purge and logs nothing, so its window is a fixed 8 s.
    // A purge that ran before the server listened (the "before" column) has no window after ready.
    const purgedBeforeReady = /Purged \d+/.test(server.logs());
    const purged = () => purgedBeforeReady || /Maintenance pass finished/.test(server.logs());
    const window = variant.sizes ? 60_000 : 8_000;
    const duringPurge = await tokenLoad(
      issuer,
      app,
      () => purged() || performance.now() - purgeStarted > window,
      loadWorkers,
    );
    const adminCookie = await signInToConsole(server.url, admin);
    const devCookie = await signInToConsole(server.url, dev);
    const pages: Record<string, number> = {};
    const first = performance.now();
    expectStatus(await request(`${server.url}/admin`, { headers: { cookie: adminCookie } }), 200, "GET /admin");
    pages["/admin, first view"] = round(performance.now() - first);
    const n = 5;
    const asAdmin = { cookie: adminCookie };
    for (const [name, path] of [
      ["/admin", "/admin"],
      ["/admin/users", "/admin/users"],
      ["/admin/users, search", "/admin/users?q=user4242"],
      ["/admin/apps", "/admin/apps"],
      ["/admin/apps, owner", `/admin/apps?q=${encodeURIComponent(dev.email)}`],
      ["/admin/audit", "/admin/audit"],
      ["/admin/audit, rare action", "/admin/audit?action=user.enabled"],
      ["/admin/audit, actor", "/admin/audit?actor=user4242%40scale.example"],
    ] as const)
      pages[name] = await pageMedian(`${server.url}${path}`, asAdmin, n);
    pages["/console"] = await pageMedian(`${server.url}/console`, { cookie: devCookie }, n);
    pages["GET /clients"] = await pageMedian(`${server.url}/clients`, { authorization: `Bearer ${pat}` }, n);
    pages["an app's page"] = await pageMedian(`${server.url}/console/clients/${app.id}`, { cookie: devCookie }, n);

    const alone = await tokenLoad(issuer, app, forSeconds(seconds), loadWorkers);
    // While an administrator looks at /admin.
    let stop = false;
    const viewing = (async () => {
      while (!stop) {
        const next = performance.now() + 1000;
        expectStatus(await request(`${server.url}/admin`, { headers: asAdmin }), 200, "GET /admin");
        while (!stop && performance.now() < next) await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const duringAdmin = await tokenLoad(issuer, app, forSeconds(seconds), loadWorkers);
    stop = true;
    await viewing;
    // And during a cold view: the dashboard's kept days forgotten, so this view counts them all.
    await forgetDashboardDays(kind, env);
    let coldDone = false;
    const coldView = (async () => {
      const started = performance.now();
      expectStatus(await request(`${server.url}/admin`, { headers: asAdmin }), 200, "GET /admin");
      pages["/admin, counting every day (cold)"] = round(performance.now() - started);
      coldDone = true;
    })();
    const duringCold = await tokenLoad(issuer, app, () => coldDone, loadWorkers);
    await coldView;
    return {
      label: variant.label,
      readySeconds: restarted.readySeconds,
      pages,
      tokens: {
        alone,
        "during /admin": duringAdmin,
        "during a cold /admin view": duringCold,
        "during the first purge": duringPurge,
      },
    };
  } finally {
    await server.stop();
  }
}
