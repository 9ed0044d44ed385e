import { beforeAll, describe, expect, it } from "vitest";
import { createApi } from "@/lib/portal/apis/create-api";
import { deleteApi } from "@/lib/portal/apis/delete-api";
import { updateApi } from "@/lib/portal/apis/update-api";
import { createSecret } from "@/lib/portal/client-secrets/create-secret";
import { deleteAllSecrets, deleteSecret } from "@/lib/portal/client-secrets/delete-secret";
import { createClient } from "@/lib/portal/clients/create-client";
import { getDb } from "@/lib/kernel/db/client";
import { deleteClientGrants } from "@/lib/portal/grants/delete-client-grants";
import { createToken } from "@/lib/portal/personal-access-tokens/create-token";
import { revokeToken } from "@/lib/portal/personal-access-tokens/revoke-token";
import { apiClient, createDeveloper, createPat } from "./support/api-fixtures";
import { authorize } from "./support/authorize";
import { Browser } from "./support/browser";
import { discover } from "./support/oauth";
import { useServer, type TestServer } from "./support/use-server";

// Each change writes exactly one event, in the change's own transaction (a
// refused change writes none), with who, what, where from and a small diff, and never a secret.
const REDIRECT = "https://app.example/callback";
const eventsOf = (clientId: string) =>
  getDb().auditEvent.findMany({ where: { clientId }, orderBy: { createdAt: "asc" } });
const everyEventText = async () => JSON.stringify(await getDb().auditEvent.findMany());

describe("audit events", { timeout: 120_000 }, () => {
  const database = useServer();
  let server: TestServer;

  beforeAll(async () => {
    server = database.server();
  });

  it("records app creation, each update with what changed, and deletion, with the request's address and user agent", async () => {
    const developer = await createDeveloper("Dev");
    const api = apiClient(server.url, await createPat(developer));
    const ua = { "user-agent": "audit-test/1.0" };
    const created = await api(
      "POST",
      "/clients",
      { client_name: "Acme", application_type: "web", redirect_uris: [REDIRECT] },
      ua,
    );
    expect(created.status).toBe(201);
    const clientId = created.json.client_id as string;
    const body = {
      client_name: "Acme",
      application_type: "web",
      redirect_uris: [REDIRECT, "https://app.example/other"],
    };
    expect((await api("PUT", `/clients/${clientId}`, body, ua)).status).toBe(200);
    // Refused: the type cannot change. No event.
    expect((await api("PUT", `/clients/${clientId}`, { ...body, application_type: "spa" }, ua)).status).toBe(400);
    expect((await api("DELETE", `/clients/${clientId}`, undefined, ua)).status).toBe(204);

    const events = await eventsOf(clientId);
    // The first secret of a web app is part of its creation.
    expect(events.map((e) => e.action)).toEqual(["app.created", "app.updated", "app.deleted"]);
    for (const event of events)
      expect(event).toMatchObject({
        actorKind: "user",
        actorId: developer.id,
        ip: expect.stringMatching(/127\.0\.0\.1/),
        userAgent: "audit-test/1.0",
      });
    expect(JSON.parse(events[1]!.details)).toEqual({
      changes: { redirect_uris: { from: [REDIRECT], to: [REDIRECT, "https://app.example/other"] } },
    });
    expect(await everyEventText()).not.toContain(created.json.client_secret);
  });

  it("records secrets and personal access tokens without their values; a refused change records nothing", async () => {
    const developer = await createDeveloper("Dev");
    const { client, client_secret } = await createClient(developer, {
      client_name: "S",
      application_type: "web",
      redirect_uris: [REDIRECT],
    });
    const second = await createSecret(developer, client.client_id);
    await deleteSecret(developer, client.client_id, second.id);
    const before = (await eventsOf(client.client_id)).length;
    await createSecret(developer, client.client_id);
    await expect(createSecret(developer, client.client_id)).rejects.toMatchObject({ code: "CONFLICT" }); // the third active secret
    await deleteAllSecrets(developer, client.client_id);
    const actions = (await eventsOf(client.client_id)).map((e) => e.action);
    expect(actions.slice(0, before)).toEqual(["app.created", "secret.created", "secret.revoked"]);
    expect(before).toBe(3);
    expect(actions.slice(before)).toEqual(["secret.created", "secret.revoked"]);

    const { token, summary } = await createToken(developer, { name: "ci", scopes: ["clients:read"] });
    await revokeToken(developer, summary.id);
    const tokenEvents = await getDb().auditEvent.findMany({
      where: { targetId: summary.id },
      orderBy: { createdAt: "asc" },
    });
    expect(tokenEvents.map((e) => [e.action, JSON.parse(e.details)])).toEqual([
      ["token.created", { name: "ci", scopes: ["clients:read"] }],
      ["token.revoked", {}],
    ]);

    const all = await everyEventText();
    for (const secret of [client_secret!, second.client_secret, token]) expect(all).not.toContain(secret);
  });

  it("records consent given through the provider and removed from Connected apps", async () => {
    const developer = await createDeveloper("Dev");
    const user = await createDeveloper("User");
    const { client, client_secret } = await createClient(developer, {
      client_name: "C",
      application_type: "web",
      redirect_uris: [REDIRECT],
    });
    const config = await discover(server.url, client.client_id, client_secret);
    const auth = await authorize(new Browser(server.url), config, REDIRECT, { account: user, scope: "openid email" });
    expect(auth.callback.searchParams.get("code")).toBeTruthy();
    await deleteClientGrants(user, client.client_id);
    const consent = (await eventsOf(client.client_id)).filter((e) => e.action.startsWith("consent."));
    expect(consent.map((e) => [e.action, e.actorId, e.userId])).toEqual([
      ["consent.granted", user.id, user.id],
      ["consent.removed", user.id, user.id],
    ]);
    expect(JSON.parse(consent[0]!.details).scopes).toEqual(expect.arrayContaining(["openid", "email"]));
    expect(consent[0]!.ip).toMatch(/127\.0\.0\.1/);
  });

  it("records APIs created, updated (with the scopes removed) and deleted", async () => {
    const developer = await createDeveloper("Dev");
    const suffix = Math.random().toString(36).slice(2, 8);
    const input = {
      name: "Photos",
      identifier: `https://api.example.com/photos-${suffix}`,
      description: "Albums",
      scopes: [
        { value: `photos${suffix}.read`, description: "See albums" },
        { value: `photos${suffix}.write`, description: "Add photos" },
      ],
      access_token_ttl: 600,
      signing_alg: "ES256",
    };
    const api = await createApi(developer, input);
    await updateApi(developer, api.id, { ...input, description: "Your albums", scopes: [input.scopes[0]] });
    await deleteApi(developer, api.id);
    const events = await getDb().auditEvent.findMany({ where: { targetId: api.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["api.created", "api.updated", "api.deleted"]);
    const update = JSON.parse(events[1]!.details);
    expect(update.removed_scopes).toEqual([`photos${suffix}.write`]);
    expect(update.changes.description).toEqual({ from: "Albums", to: "Your albums" });
  });
});
