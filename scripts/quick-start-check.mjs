// What a newcomer does after `npm install`, on whatever Node runs this script: `npm start` (which
// builds when the build is missing or stale), then a first app and a first token, the README's
// "A first app" steps by CLI and REST. CI runs it on the machine's own Node (ARCHITECTURE.md
// "Tests and CI"). Exits non-zero, with the server's log, when any step fails.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dataDir = mkdtempSync(join(tmpdir(), "ninka-quick-start-"));
const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, "127.0.0.1", () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
const url = `http://localhost:${port}`;
const env = {
  ...process.env,
  NINKA_DATA_DIR: dataDir,
  DATABASE_URL: "",
  PORT: String(port),
  HOST: "127.0.0.1",
  NINKA_URL: url,
  NEXT_TELEMETRY_DISABLED: "1",
};

let log = "";
const server = spawn("npm", ["start"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
server.stdout.on("data", (chunk) => (log += chunk));
server.stderr.on("data", (chunk) => (log += chunk));
const stop = () => {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {}
};

function fail(step, detail) {
  console.error(`✗ quick start, ${step}: ${detail}\n--- server log ---\n${log.slice(-4000)}`);
  stop();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
}

const started = Date.now();
// `npm start` may build first (a few minutes on two cores).
for (;;) {
  if (server.exitCode !== null) fail("npm start", `exited with ${server.exitCode}`);
  if (Date.now() - started > 600_000) fail("npm start", "not ready within 10 minutes");
  const ready = await fetch(`${url}/readyz`).then(
    (r) => r.ok,
    () => false,
  );
  if (ready) break;
  await new Promise((r) => setTimeout(r, 500));
}
console.log(`ready after ${((Date.now() - started) / 1000).toFixed(1)} s (${process.version})`);

const cli = (args, input) => execFileSync(process.execPath, ["bin/ninka.mjs", ...args], { env, input }).toString();
cli(
  ["users", "create", "--email", "first@example.com", "--name", "First", "--password-stdin"],
  "a long first passphrase\n",
);
const pat = cli([
  "tokens",
  "create",
  "--email",
  "first@example.com",
  "--name",
  "quick start",
  "--scopes",
  "clients:write",
]).match(/ninka_pat_\S+/)?.[0];
if (!pat) fail("tokens create", "no personal access token printed");

const created = await fetch(`${url}/clients`, {
  method: "POST",
  headers: { authorization: `Bearer ${pat}`, "content-type": "application/json" },
  body: JSON.stringify({ client_name: "Quick start", application_type: "m2m" }),
});
const app = await created.json();
if (created.status !== 201) fail("POST /clients", `${created.status} ${JSON.stringify(app)}`);

const token = await fetch(`${url}/oauth/token`, {
  method: "POST",
  headers: {
    authorization: `Basic ${Buffer.from(`${app.client_id}:${app.client_secret}`).toString("base64")}`,
    "content-type": "application/x-www-form-urlencoded",
  },
  body: "grant_type=client_credentials",
});
const body = await token.json();
if (token.status !== 200 || typeof body.access_token !== "string")
  fail("client_credentials token", `${token.status} ${JSON.stringify(body)}`);

console.log(`✓ quick start on ${process.version}: npm start, a user, an app, a token`);
stop();
rmSync(dataDir, { recursive: true, force: true });
