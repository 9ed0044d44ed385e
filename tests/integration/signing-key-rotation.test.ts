import { randomUUID } from "node:crypto";
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from "jose";
import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { getDb } from "@/lib/kernel/db/client";
import { SIGNED_TOKEN_WINDOW_SECONDS } from "@/lib/oauth-core/keys/signing-key-states";
import { retireExpiredSigningKeys } from "@/lib/oauth-core/keys/update-signing-key";
import { signInToConsole } from "../../bench/support/console-session";
import { apiClient, createAdmin, createDeveloper, createPat } from "./support/api-fixtures";
import { authorize } from "./support/authorize";
import { Browser } from "./support/browser";
import { discover } from "./support/oauth";
import { registerWebApp, WEB_APP_REDIRECT, type RegisteredWebApp } from "./support/register-web-app";
import { runNinkaCli } from "./support/run-ninka-cli";
import { startServer, type RunningServer } from "./support/start-server";
import { useInstanceServer, type TestServer } from "./support/use-server";

// The rotation drill (ARCHITECTURE.md "Signing keys") across two processes on one database, with
// openid-client as the relying party and jose as the API: a key is published before it signs,
// signs on both processes once activated, the old key's tokens keep verifying and working until
// it is retired, and by the time it may be retired they have expired anyway.
describe("signing-key rotation across two processes", { timeout: 180_000 }, () => {
  // The instance server (key rotation is instance-wide) and a second process on its database.
  const database = useInstanceServer();
  let first: TestServer;
  let second: RunningServer;
  let app: RegisteredWebApp;
  let reader: Awaited<ReturnType<typeof createDeveloper>>;
  const api = { identifier: `https://rotation-${randomUUID().slice(0, 8)}.example`, scope: "" };
  let machine = { clientId: "", clientSecret: "" };

  beforeAll(async () => {
    first = database.server();
    second = await startServer(database.current().env);
    const owner = await createDeveloper("Owner");
    const rest = apiClient(
      first.url,
      await createPat(owner, ["apis:read", "apis:write", "clients:read", "clients:write"]),
    );
    api.scope = `rotation-${randomUUID().slice(0, 8)}.read`;
    const created = await rest("POST", "/apis", {
      name: "Rotation API",
      identifier: api.identifier,
      scopes: [{ value: api.scope, description: "Read" }],
    });
    expect(created.status).toBe(201);
    const worker = await rest("POST", "/clients", { client_name: "Worker", application_type: "m2m", scope: api.scope });
    machine = { clientId: worker.json.client_id as string, clientSecret: worker.json.client_secret as string };
    const approved = await rest("PUT", `/apis/${created.json.id}/clients/${machine.clientId}`, { scopes: [api.scope] });
    expect(approved.status).toBe(200);
    app = await registerWebApp(first.url);
    reader = await createDeveloper("Reader");
  });
  afterAll(async () => {
    await second?.stop();
  });

  const cli = (...args: string[]) => runNinkaCli(["keys", ...args], database.current().env);
  const jwksOf = async (server: TestServer) =>
    (await (await fetch(`${server.url}/oauth/jwks`)).json()) as JSONWebKeySet;
  const kidsAt = async (server: TestServer) => (await jwksOf(server)).keys.map((key) => key.kid);
  const kidOf = (jwt: string) => decodeProtectedHeader(jwt).kid;
  /** Polls until `check` passes: every process sees a change within a second (get-provider.ts). */
  async function eventually(check: () => Promise<void>, deadline = Date.now() + 5_000): Promise<void> {
    for (;;) {
      try {
        return await check();
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }
  const verifiesAt = async (server: TestServer, jwt: string) =>
    jwtVerify(jwt, createLocalJWKSet(await jwksOf(server))).then(
      () => true,
      () => false,
    );
  async function signIn(server: TestServer) {
    const config = await discover(server.url, app.clientId, app.clientSecret);
    const auth = await authorize(new Browser(server.url), config, WEB_APP_REDIRECT, { account: reader });
    const tokens = await oidc.authorizationCodeGrant(config, auth.callback, {
      pkceCodeVerifier: auth.verifier,
      expectedState: auth.state,
    });
    return { config, idToken: tokens.id_token!, accessToken: tokens.access_token };
  }
  async function apiToken(server: TestServer) {
    const config = await discover(server.url, machine.clientId, machine.clientSecret);
    return (await oidc.clientCredentialsGrant(config, { scope: api.scope, resource: api.identifier })).access_token;
  }
  async function listed() {
    const result = await cli("list");
    expect(result.code, result.stderr).toBe(0);
    return result.stdout
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split("\t"))
      .map(([kid = "", alg, state, , , , retirable]) => ({ kid, alg, state, retirable }));
  }

  it("publishes K2 before it signs, signs with it everywhere once active, and retires K1 only after its tokens expired", async () => {
    const k1 = (await listed()).find((key) => key.alg === "ES256" && key.state === "active")!.kid;
    const before = await signIn(first);
    const apiTokenBefore = await apiToken(second);
    expect([kidOf(before.idToken), kidOf(apiTokenBefore)]).toEqual([k1, k1]);

    const rotated = await cli("rotate", "--alg", "ES256");
    expect(rotated.code, rotated.stderr).toBe(0);
    const k2 = rotated.stdout.trim();
    expect(k2).not.toBe(k1);
    await eventually(async () => {
      for (const server of [first, second]) expect(await kidsAt(server)).toEqual(expect.arrayContaining([k1, k2]));
    });
    // Published, but not signing yet.
    expect(kidOf((await signIn(second)).idToken)).toBe(k1);
    expect(kidOf(await apiToken(first))).toBe(k1);

    const activated = await cli("activate", `--kid=${k2}`);
    expect(activated.code, activated.stderr).toBe(0);
    await eventually(async () => {
      expect([kidOf(await apiToken(first)), kidOf(await apiToken(second))]).toEqual([k2, k2]);
    });
    const after = await signIn(second);
    expect(kidOf(after.idToken)).toBe(k2);
    expect(kidOf((await signIn(first)).idToken)).toBe(k2);

    // K1's tokens keep working on both processes: RPs verify them against the JWKS, userinfo and
    // introspection take the access token issued before the rotation.
    for (const server of [first, second]) {
      for (const jwt of [before.idToken, apiTokenBefore, after.idToken])
        expect(await verifiesAt(server, jwt)).toBe(true);
      const config = await discover(server.url, app.clientId, app.clientSecret);
      expect((await oidc.fetchUserInfo(config, before.accessToken, reader.id)).sub).toBe(reader.id);
      expect((await oidc.tokenIntrospection(config, before.accessToken)).active).toBe(true);
    }

    // Refusals: K1 may still have valid tokens, K2 is the only active ES256 key, unknown kids.
    const refusals = await Promise.all([
      cli("retire", `--kid=${k1}`),
      cli("retire", `--kid=${k2}`),
      cli("activate", "--kid=no-such-key"),
      cli("activate", `--kid=${k1}`),
    ]);
    expect(refusals.map((refusal) => refusal.code)).toEqual([1, 1, 1, 1]);
    expect(refusals.map((refusal) => refusal.stderr)).toEqual([
      expect.stringMatching(/may be valid until/),
      expect.stringMatching(/active ES256 key/),
      expect.stringMatching(/No signing key has the id no-such-key/),
      expect.stringMatching(/only a next key can be activated/),
    ]);

    // Every token K1 signed expires before K1 may be retired.
    const retirable = new Date((await listed()).find((key) => key.kid === k1)!.retirable!).getTime();
    for (const jwt of [before.idToken, apiTokenBefore]) expect(decodeJwt(jwt).exp! * 1000).toBeLessThan(retirable);

    // Time passes (the retiring key's clock is moved back by its window), then K1 is retired.
    await getDb().oidcKey.updateMany({
      where: { kid: k1 },
      data: { retiringAt: new Date(Date.now() - SIGNED_TOKEN_WINDOW_SECONDS * 1000 - 1000) },
    });
    const retired = await cli("retire", `--kid=${k1}`);
    expect(retired.code, retired.stderr).toBe(0);
    await eventually(async () => {
      for (const server of [first, second]) {
        const kids = await kidsAt(server);
        expect(kids).toContain(k2);
        expect(kids).not.toContain(k1);
      }
    });
    expect(await verifiesAt(second, before.idToken)).toBe(false);
    expect(await verifiesAt(first, after.idToken)).toBe(true);
    expect((await listed()).find((key) => key.kid === k1)?.state).toBe("retired");
    const [again, twice] = await Promise.all([cli("activate", `--kid=${k1}`), cli("retire", `--kid=${k1}`)]);
    expect(again.stderr).toMatch(/only a next key can be activated/);
    expect(twice.stderr).toMatch(/already retired/);
    const row = await getDb().oidcKey.findFirstOrThrow({ where: { kid: k1 } });
    expect(row.secretJwe).toBe("");

    const events = await getDb().auditEvent.findMany({
      where: { targetId: { in: [k1, k2] } },
      select: { action: true },
    });
    expect(events.map((event) => event.action).sort()).toEqual(["key.activated", "key.retired", "key.rotated"]);
  });

  it("the maintenance pass retires a retiring key once its window has passed, and not before", async () => {
    const rotated = await cli("rotate", "--alg", "RS256");
    const next = rotated.stdout.trim();
    const previous = (await listed()).find((key) => key.alg === "RS256" && key.state === "active")!.kid;
    expect((await cli("activate", `--kid=${next}`)).code).toBe(0);
    expect(await retireExpiredSigningKeys(systemActor("signing-keys"))).toBe(0);
    await getDb().oidcKey.updateMany({
      where: { kid: previous },
      data: { retiringAt: new Date(Date.now() - SIGNED_TOKEN_WINDOW_SECONDS * 1000 - 1000) },
    });
    expect(await retireExpiredSigningKeys(systemActor("signing-keys"))).toBe(1);
    await eventually(async () => {
      expect(await kidsAt(first)).not.toContain(previous);
      expect(await kidsAt(second)).toContain(next);
    });
  });

  it("lists the keys with their states on /admin/keys for administrators only", async () => {
    const keys = await listed();
    const [mine, theirs] = await Promise.all([
      signInToConsole(second.url, await createAdmin("KeysAdmin")),
      signInToConsole(second.url, await createDeveloper("NotAdmin")),
    ]);
    const page = await fetch(`${second.url}/admin/keys`, { headers: { cookie: mine }, redirect: "manual" });
    expect(page.status).toBe(200);
    const html = await page.text();
    for (const key of keys) expect(html).toContain(key.kid);
    expect(html).toContain("Rotate ES256");
    expect(html).toContain("Retired (withdrawn)");
    expect((await fetch(`${second.url}/admin/keys`, { headers: { cookie: theirs }, redirect: "manual" })).status).toBe(
      404,
    );
  });
});
