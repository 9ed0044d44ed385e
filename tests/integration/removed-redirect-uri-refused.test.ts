import { describe, expect, it } from "vitest";
import { startAuthorization } from "./support/authorize";
import { Browser } from "./support/browser";
import { discover } from "./support/oauth";
import { useServer } from "./support/use-server";
import { usePublisherApi } from "./support/use-publisher-api";

// Redirect URIs match exactly, against the app's current registration (ARCHITECTURE.md "OAuth
// rules"): once `PUT /clients/{id}` removes one, /oauth/authorize answers an error page for it and
// never redirects there, on every process at its next lookup ("Client cache").
const KEPT = "https://app.example/callback";
const REMOVED = "https://old.app.example/callback";

describe("a redirect URI removed by PUT /clients/{id}", () => {
  const { server } = useServer();
  const api = usePublisherApi(server);

  it("is refused at /oauth/authorize with an error page, no redirect; the kept one still works", async () => {
    const body = { client_name: "Acme", application_type: "web", redirect_uris: [KEPT, REMOVED] };
    const created = await api("POST", "/clients", body);
    expect(created.status).toBe(201);
    const config = await discover(server().url, created.json.client_id, created.json.client_secret);
    const authorizeAt = async (redirectUri: string) =>
      new Browser(server().url).request((await startAuthorization(config, redirectUri)).url.href);

    // Before: the URI is accepted (a redirect to the login interaction).
    const before = await authorizeAt(REMOVED);
    expect(before.status).toBe(303);
    expect(before.headers.get("location")).toMatch(/^\/interaction\//);

    const updated = await api("PUT", `/clients/${created.json.client_id}`, { ...body, redirect_uris: [KEPT] });
    expect(updated.status).toBe(200);
    expect(updated.json.redirect_uris).toEqual([KEPT]);

    const after = await authorizeAt(REMOVED);
    expect(after.status).toBe(400);
    expect(after.headers.get("location")).toBeNull();
    const page = await after.text();
    expect(page).toContain("redirect_uri");
    expect((await authorizeAt(KEPT)).status).toBe(303);
  });
});
