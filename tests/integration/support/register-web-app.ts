import type * as oidc from "openid-client";
import { apiClient, createDeveloper, createPat } from "./api-fixtures";
import { discover } from "./oauth";

/** The redirect URI of the apps these tests register (never visited: the tests read the code from it). */
export const WEB_APP_REDIRECT = "https://app.example/callback";

export type RegisteredWebApp = { clientId: string; clientSecret: string; config: oidc.Configuration };

/** The REST API on the server at `serverUrl` as a fresh developer with the default token. */
export const publisherApi = async (serverUrl: string) =>
  apiClient(serverUrl, await createPat(await createDeveloper("Publisher")));

/**
 * A fresh developer's web app registered over REST on the server at `serverUrl` (client_name
 * "Acme", one redirect URI, `metadata` on top), and openid-client's configuration for it: the app
 * most HTTP flow tests sign people in to.
 */
export async function registerWebApp(
  serverUrl: string,
  metadata: Record<string, unknown> = {},
): Promise<RegisteredWebApp> {
  const api = await publisherApi(serverUrl);
  const created = await api("POST", "/clients", {
    client_name: "Acme",
    application_type: "web",
    redirect_uris: [WEB_APP_REDIRECT],
    ...metadata,
  });
  if (created.status !== 201) throw new Error(`registerWebApp: ${created.status} ${JSON.stringify(created.json)}`);
  const { client_id: clientId, client_secret: clientSecret } = created.json as {
    client_id: string;
    client_secret: string;
  };
  return { clientId, clientSecret, config: await discover(serverUrl, clientId, clientSecret) };
}
