import { randomBytes } from "node:crypto";
import { runNinkaCli } from "../../tests/integration/support/run-ninka-cli";
import { expectStatus, parseJson, request } from "./http";
import type { Account, AppClient } from "./oauth-flow";

// Ninka's benchmark data, made the way an operator and a developer make it: the first user and
// their personal access token with the operator CLI (bin/ninka.mjs), the apps through the REST API.
// Nothing here imports lib/, so moving modules there cannot break the benchmark.
const REDIRECT_URI = "https://app.bench.example/callback";

export type NinkaFixtures = {
  account: Account;
  pat: string;
  m2m: { clientId: string; secret: string };
  web: AppClient;
  spa: AppClient;
};

async function cli(args: string[], env: Record<string, string>, stdin = "", dir?: string): Promise<string> {
  const result = await runNinkaCli(args, env, stdin, dir);
  if (result.code !== 0)
    throw new Error(`ninka ${args.slice(0, 2).join(" ")} failed (${result.code}): ${result.stderr}`);
  return result.stdout.trim();
}

type Created = { client_id: string; client_secret?: string };

async function createApp(url: string, pat: string, body: Record<string, unknown>): Promise<Created> {
  const response = await request(`${url}/clients`, {
    method: "POST",
    headers: { authorization: `Bearer ${pat}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return parseJson<Created>(expectStatus(response, 201, `POST /clients ${String(body.client_name)}`), "POST /clients");
}

/** Another user, with the operator CLI (of checkout `dir`, a "before" server's; default this one). */
export async function createAccount(env: Record<string, string>, name = "Bench User", dir?: string): Promise<Account> {
  const account = {
    email: `bench-${randomBytes(4).toString("hex")}@example.test`,
    password: `bench-${randomBytes(12).toString("base64url")}`,
  };
  await cli(
    ["users", "create", "--email", account.email, "--name", name, "--password-stdin"],
    env,
    `${account.password}\n`,
    dir,
  );
  return account;
}

/** A developer with `apps` apps in all: the three the scenarios use and filler machine-to-machine apps. */
export async function seedNinka(
  url: string,
  env: Record<string, string>,
  apps: number,
  dir?: string,
): Promise<NinkaFixtures> {
  const account = await createAccount(env, "Bench Developer", dir);
  const pat = await cli(
    ["tokens", "create", "--email", account.email, "--name", "bench", "--scopes", "clients:read,clients:write"],
    env,
    "",
    dir,
  );

  const fillers = Math.max(0, apps - 3);
  // A few requests at a time: seeding is not what is measured, and the server has two cores.
  for (let next = 0; next < fillers;) {
    const batch = Array.from({ length: Math.min(8, fillers - next) }, (_, i) => next + i);
    await Promise.all(
      batch.map((i) => createApp(url, pat, { client_name: `Filler ${i + 1}`, application_type: "m2m" })),
    );
    next += batch.length;
  }
  const m2m = await createApp(url, pat, { client_name: "Bench service", application_type: "m2m" });
  const web = await createApp(url, pat, {
    client_name: "Bench web app",
    application_type: "web",
    redirect_uris: [REDIRECT_URI],
  });
  const spa = await createApp(url, pat, {
    client_name: "Bench SPA",
    application_type: "spa",
    redirect_uris: [REDIRECT_URI],
    scope: "openid profile email offline_access",
  });
  return {
    account,
    pat,
    m2m: { clientId: m2m.client_id, secret: m2m.client_secret! },
    web: {
      clientId: web.client_id,
      secret: web.client_secret!,
      redirectUri: REDIRECT_URI,
      scope: "openid profile email",
    },
    spa: { clientId: spa.client_id, redirectUri: REDIRECT_URI, scope: "openid offline_access" },
  };
}
