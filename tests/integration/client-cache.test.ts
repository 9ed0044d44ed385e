import * as oidc from "openid-client";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { suspendClient, unsuspendClient } from "@/lib/portal/admin/update-client-suspension";
import { apiClient, createAdmin, createDeveloper, createPat } from "./support/api-fixtures";
import { discover, oauthError } from "./support/oauth";
import { useServer, type TestServer } from "./support/use-server";

// The provider's client cache (lib/portal/clients/provider-client-cache.ts) across processes: changes made
// through one server, or straight in the database, fail on the very next token request on another
// server that has the client cached. No waiting, no TTL.
describe("client cache across processes", () => {
  const database = useServer();
  let first: TestServer;
  let second: TestServer;
  let api: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    first = database.server();
    second = database.second();
    api = apiClient(first.url, await createPat(await createDeveloper("Owner")));
  });

  async function cachedOnSecond() {
    const created = await api("POST", "/clients", { client_name: "Worker", application_type: "m2m", scope: "profile" });
    expect(created.status).toBe(201);
    const clientId = created.json.client_id as string;
    const config = await discover(second.url, clientId, created.json.client_secret as string);
    // Twice: the second request is served from the second server's cache.
    for (let i = 0; i < 2; i++) expect((await oidc.clientCredentialsGrant(config)).access_token).toBeTruthy();
    return { clientId, config };
  }

  it("a secret revoked on the first server fails at once on the second", async () => {
    const { clientId, config } = await cachedOnSecond();
    expect((await api("DELETE", `/clients/${clientId}/credentials`)).status).toBe(204);
    expect(await oauthError(oidc.clientCredentialsGrant(config))).toEqual({ status: 401, error: "invalid_client" });
  });

  it("a client deleted on the first server fails at once on the second", async () => {
    const { clientId, config } = await cachedOnSecond();
    expect((await api("DELETE", `/clients/${clientId}`)).status).toBe(204);
    expect(await oauthError(oidc.clientCredentialsGrant(config))).toEqual({ status: 401, error: "invalid_client" });
  });

  it("an app an administrator suspends fails at once on the second, and works again once unsuspended", async () => {
    const { clientId, config } = await cachedOnSecond();
    const admin = await createAdmin("CacheAdmin");
    await suspendClient(admin, { clientId, reason: "abuse report" });
    expect(await oauthError(oidc.clientCredentialsGrant(config))).toEqual({ status: 401, error: "invalid_client" });
    await unsuspendClient(admin, { clientId });
    expect((await oidc.clientCredentialsGrant(config)).access_token).toBeTruthy();
  });

  it("a client changed by a direct row update is seen at once", async () => {
    const { clientId, config } = await cachedOnSecond();
    await getDb().client.update({ where: { id: clientId }, data: { grantTypes: ["authorization_code"] } });
    expect((await oauthError(oidc.clientCredentialsGrant(config))).status).toBe(400);
    await getDb().client.update({ where: { id: clientId }, data: { grantTypes: ["client_credentials"] } });
    expect((await oidc.clientCredentialsGrant(config)).access_token).toBeTruthy();
    await getDb().clientSecret.deleteMany({ where: { clientId } });
    expect(await oauthError(oidc.clientCredentialsGrant(config))).toEqual({ status: 401, error: "invalid_client" });
  });
});
