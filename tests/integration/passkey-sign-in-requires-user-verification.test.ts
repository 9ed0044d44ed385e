import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { createRegistrationOptions } from "@/lib/accounts/passkeys/create-registration-options";
import { relyingParty } from "@/lib/accounts/passkeys/relying-party";
import { verifyRegistration } from "@/lib/accounts/passkeys/verify-registration";
import { createDeveloper } from "./support/api-fixtures";
import { publisherApi } from "./support/register-web-app";
import { withSession } from "./support/recent-session";
import { startAuthorization } from "./support/authorize";
import { Browser } from "./support/browser";
import { discover } from "./support/oauth";
import { SoftAuthenticator } from "./support/soft-authenticator";
import { useServer, type TestServer } from "./support/use-server";

// A passkey alone replaces the password and the second step only because the authenticator
// verified the user (PIN or biometric): without the UV flag, the sign-in is refused and nothing
// about the passkey changes (ARCHITECTURE.md "Passkeys").
const REDIRECT = "https://app.example/callback";

describe("a passkey-only sign-in", () => {
  const database = useServer();
  let server: TestServer;
  let clientId: string;
  let clientSecret: string;

  beforeAll(async () => {
    server = database.server();
    const api = await publisherApi(server.url);
    const created = await api("POST", "/clients", {
      client_name: "Acme",
      application_type: "web",
      redirect_uris: [REDIRECT],
    });
    clientId = created.json.client_id;
    clientSecret = created.json.client_secret;
  });

  it("is refused without user verification, and the passkey stays unused", async () => {
    const user = await withSession(await createDeveloper("Holder"));
    const authenticator = new SoftAuthenticator();
    const rp = relyingParty();
    const options = await createRegistrationOptions(user);
    await verifyRegistration(user, {
      name: "Key",
      response: authenticator.register({ challenge: options.challenge, origin: rp.origin, rpId: rp.id }),
    });

    const config = await discover(server.url, clientId, clientSecret);
    const browser = new Browser(server.url);
    const page = await browser.visit((await startAuthorization(config, REDIRECT)).url.href);
    const base = new URL(page.url).pathname;
    const post = (path: string, json: unknown = {}) => browser.request(`${base}${path}`, { json });
    const challenge = async () => ((await (await post("/passkey/options")).json()) as { challenge: string }).challenge;
    const server_ = { origin: server.url, rpId: new URL(server.url).hostname };

    const refused = await post(
      "/passkey/verify",
      authenticator.assert({ challenge: await challenge(), ...server_, userId: user.id, userVerified: false }),
    );
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    expect(await refused.text()).not.toContain("location");
    expect(await getDb().passkey.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({ lastUsedAt: null });
    // The interaction has no login result: it still shows the login form.
    expect((await browser.visit(base)).html).toContain(`${base}/login"`);

    // The same authenticator with user verification signs in (the test can tell the difference).
    const accepted = await post(
      "/passkey/verify",
      authenticator.assert({ challenge: await challenge(), ...server_, userId: user.id }),
    );
    expect(accepted.status).toBe(200);
  });
});
