import * as oidc from "openid-client";
import pg from "pg";
import Database from "better-sqlite3";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { apiClient, createDeveloper, createPat } from "./support/api-fixtures";
import { discover, oauthError } from "./support/oauth";
import { useServer, type TestServer } from "./support/use-server";

// Client secrets over HTTP: rotation without downtime, revocation, expiry, storage as digests.
describe("client credentials", () => {
  const database = useServer();
  let server: TestServer;
  let api: ReturnType<typeof apiClient>;
  let readOnly: ReturnType<typeof apiClient>;
  let other: ReturnType<typeof apiClient>;
  const plaintexts: string[] = [];

  beforeAll(async () => {
    server = database.server();
    const owner = await createDeveloper("Owner");
    api = apiClient(server.url, await createPat(owner));
    readOnly = apiClient(server.url, await createPat(owner, ["clients:read"]));
    other = apiClient(server.url, await createPat(await createDeveloper("Other")));
  });

  async function newM2m(authMethod?: "client_secret_post") {
    const created = await api("POST", "/clients", {
      client_name: "Worker",
      application_type: "m2m",
      ...(authMethod && { token_endpoint_auth_method: authMethod }),
    });
    expect(created.status).toBe(201);
    plaintexts.push(created.json.client_secret);
    return { clientId: created.json.client_id as string, secret: created.json.client_secret as string };
  }

  const tokenWith = async (clientId: string, secret: string, auth: "basic" | "post" = "basic") =>
    oidc.clientCredentialsGrant(await discover(server.url, clientId, secret, auth));

  it("rotates without downtime: A works; add B; both work; revoke A; A is refused, B works; a third is 409", async () => {
    const { clientId, secret: a } = await newM2m();
    expect((await tokenWith(clientId, a)).access_token).toBeTruthy();

    // The secret's last use is written after the token response, not before it: wait for it.
    await expect
      .poll(async () => (await api("GET", `/clients/${clientId}/credentials`)).json.secrets[0].last_used_at)
      .toEqual(expect.any(String));
    const listed = await api("GET", `/clients/${clientId}/credentials`);
    expect(listed.status).toBe(200);
    expect(listed.json.client_id).toBe(clientId);
    expect(listed.json.secrets).toHaveLength(1);
    const secretA = listed.json.secrets[0];
    expect(secretA).toEqual({
      id: expect.any(String),
      hint: a.slice(-4),
      created_at: expect.any(String),
      expires_at: null,
      last_used_at: expect.any(String),
    });

    const added = await api("POST", `/clients/${clientId}/credentials`);
    expect(added.status).toBe(201);
    expect(added.json).toEqual({
      id: expect.any(String),
      client_secret: expect.stringMatching(/^ninka_cs_/),
      created_at: expect.any(String),
      expires_at: null,
    });
    const b = added.json.client_secret as string;
    plaintexts.push(b);
    expect((await tokenWith(clientId, a)).access_token).toBeTruthy();
    expect((await tokenWith(clientId, b)).access_token).toBeTruthy();

    const third = await api("POST", `/clients/${clientId}/credentials`);
    expect(third.status).toBe(409);
    expect(third.headers.get("content-type")).toBe("application/problem+json");
    expect(third.json.detail).toMatch(/Revoke one/);

    expect((await api("DELETE", `/clients/${clientId}/credentials/${secretA.id}`)).status).toBe(204);
    expect(await oauthError(tokenWith(clientId, a))).toEqual({ status: 401, error: "invalid_client" });
    expect((await tokenWith(clientId, b)).access_token).toBeTruthy();
    const after = await api("GET", `/clients/${clientId}/credentials`);
    expect(after.json.secrets.map((s: { id: string }) => s.id)).toEqual([added.json.id]);
    expect(JSON.stringify(after.json)).not.toContain(b);
  });

  it("accepts client_secret_post for clients registered with it", async () => {
    const { clientId, secret } = await newM2m("client_secret_post");
    expect((await tokenWith(clientId, secret, "post")).access_token).toBeTruthy();
  });

  it("refuses an expired secret with invalid_client", async () => {
    const { clientId } = await newM2m();
    const short = await api("POST", `/clients/${clientId}/credentials`, { expires_in: 1 });
    expect(short.status).toBe(201);
    plaintexts.push(short.json.client_secret);
    expect(new Date(short.json.expires_at).getTime() - new Date(short.json.created_at).getTime()).toBeLessThanOrEqual(
      1500,
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect(await oauthError(tokenWith(clientId, short.json.client_secret))).toEqual({
      status: 401,
      error: "invalid_client",
    });
  });

  it("revokes every secret with DELETE …/credentials", async () => {
    const { clientId, secret } = await newM2m();
    expect((await api("DELETE", `/clients/${clientId}/credentials`)).status).toBe(204);
    expect((await api("GET", `/clients/${clientId}/credentials`)).json.secrets).toEqual([]);
    expect(await oauthError(tokenWith(clientId, secret))).toEqual({ status: 401, error: "invalid_client" });
    const fresh = await api("POST", `/clients/${clientId}/credentials`);
    plaintexts.push(fresh.json.client_secret);
    expect((await tokenWith(clientId, fresh.json.client_secret)).access_token).toBeTruthy();
  });

  it("answers 409 for public clients, 400 for a bad expires_in, 403/404 for the wrong caller", async () => {
    const spa = await api("POST", "/clients", {
      client_name: "SPA",
      application_type: "spa",
      redirect_uris: ["https://spa.example/cb"],
    });
    const publicPost = await api("POST", `/clients/${spa.json.client_id}/credentials`);
    expect(publicPost.status).toBe(409);
    expect(publicPost.json.detail).toMatch(/PKCE/);
    const { clientId } = await newM2m();
    expect(
      (await api("POST", `/clients/${clientId}/credentials`, { expires_in: -5 })).json.errors.expires_in,
    ).toBeDefined();
    expect((await readOnly("GET", `/clients/${clientId}/credentials`)).status).toBe(200);
    expect((await readOnly("POST", `/clients/${clientId}/credentials`)).status).toBe(403);
    expect((await readOnly("DELETE", `/clients/${clientId}/credentials`)).status).toBe(403);
    expect((await other("GET", `/clients/${clientId}/credentials`)).status).toBe(404);
    expect((await other("POST", `/clients/${clientId}/credentials`)).status).toBe(404);
    expect((await other("DELETE", `/clients/${clientId}/credentials`)).status).toBe(404);
    const [secret] = (await api("GET", `/clients/${clientId}/credentials`)).json.secrets;
    expect((await other("DELETE", `/clients/${clientId}/credentials/${secret.id}`)).status).toBe(404);
    expect((await api("DELETE", `/clients/${clientId}/credentials/nope`)).status).toBe(404);
    expect((await api("GET", `/clients/${clientId}/credentials`)).json.secrets).toHaveLength(1);
  });

  it("never leaves more than two active secrets under 20 concurrent POSTs", async () => {
    const { clientId } = await newM2m();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => api("POST", `/clients/${clientId}/credentials`)),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    for (const r of results) if (r.json?.client_secret) plaintexts.push(r.json.client_secret);
    expect((await api("GET", `/clients/${clientId}/credentials`)).json.secrets).toHaveLength(2);
  });

  it("discovery offers neither client_secret_jwt nor HS256", async () => {
    const doc = await fetch(`${server.url}/oauth/.well-known/openid-configuration`).then((r) => r.json());
    expect(doc.token_endpoint_auth_methods_supported).not.toContain("client_secret_jwt");
    expect(JSON.stringify(doc)).not.toMatch(/HS256|HS384|HS512/);
  });

  // Last: every secret issued above, searched for in every table and in the server's log.
  it("stores no plaintext secret in any table and logs none", async () => {
    expect(plaintexts.length).toBeGreaterThan(5);
    const dump = await dumpDatabase(database.current().env);
    expect(dump.length).toBeGreaterThan(1000);
    for (const secret of plaintexts) {
      expect(dump).not.toContain(secret);
      expect(dump).not.toContain(secret.slice(9)); // without the prefix, too
      expect(server.logs()).not.toContain(secret.slice(9));
    }
  });
});

/** Every row of every table, as text. */
async function dumpDatabase(env: Record<string, string>): Promise<string> {
  if (env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      const tables = await client.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
      );
      let out = "";
      for (const { table_name } of tables.rows)
        out += JSON.stringify((await client.query(`SELECT * FROM "${table_name}"`)).rows);
      return out;
    } finally {
      await client.end();
    }
  }
  const db = new Database(join(env.NINKA_DATA_DIR!, "ninka.db"), { readonly: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[];
    return tables.map(({ name }) => JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).all())).join("");
  } finally {
    db.close();
  }
}
