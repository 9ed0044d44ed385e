import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import * as oidc from "openid-client";
import { closeServer } from "../../tests/integration/support/close-server";

// The third-party app of the OAuth stories: openid-client in the test process, talking to the
// e2e server, with its callback page served by a small loopback server of its own (Ninka allows
// http redirect URIs on loopback for local development).
export type CallbackServer = { redirectUri: string; close(): Promise<void> };

export async function startAppCallback(): Promise<CallbackServer> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end("<!doctype html><html lang=en><title>Acme</title><h1>Back at Acme</h1></html>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    redirectUri: `http://127.0.0.1:${port}/callback`,
    close: () => closeServer(server),
  };
}

/** The app's callback server for a spec's tests: started before them, closed after them. */
export function useAppCallback(): () => CallbackServer {
  let callback: CallbackServer | undefined;
  test.beforeAll(async () => {
    callback = await startAppCallback();
  });
  test.afterAll(async () => {
    await callback?.close();
  });
  return () => {
    if (!callback) throw new Error("useAppCallback: not started (use inside tests)");
    return callback;
  };
}

export const discoverApp = (baseURL: string, clientId: string, secret?: string) =>
  oidc.discovery(
    new URL(`${baseURL}/oauth`),
    clientId,
    undefined,
    secret ? oidc.ClientSecretBasic(secret) : oidc.None(),
    {
      execute: [oidc.allowInsecureRequests],
    },
  );

/** An authorization URL with PKCE and state, as the app builds it. */
export async function authorizationRequest(
  config: oidc.Configuration,
  redirectUri: string,
  scope = "openid profile email",
) {
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
  });
  return { url: url.href, verifier, state };
}

/** Waits for the browser to reach the app's callback and exchanges the code there. */
export async function exchangeAtCallback(
  page: Page,
  config: oidc.Configuration,
  request: { url: string; verifier: string; state: string },
) {
  const redirectUri = new URL(request.url).searchParams.get("redirect_uri")!;
  await page.waitForURL((url) => url.href.startsWith(redirectUri));
  await expect(page.getByRole("heading", { name: "Back at Acme" })).toBeVisible();
  return oidc.authorizationCodeGrant(config, new URL(page.url()), {
    pkceCodeVerifier: request.verifier,
    expectedState: request.state,
  });
}

/** The OAuth error code of a rejected openid-client call. */
export async function oauthErrorCode(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof oidc.ResponseBodyError) return error.error;
    throw error;
  }
  throw new Error("expected the OAuth request to fail");
}

/** Full-page screenshots in light and dark, desktop and phone, to /tmp for review. */
export async function screenshots(page: Page, name: string) {
  for (const [viewport, size] of [
    ["desktop", { width: 1280, height: 900 }],
    ["phone", { width: 390, height: 844 }],
  ] as const) {
    for (const scheme of ["light", "dark"] as const) {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({
        path: `/tmp/ninka-shots/${name}-${viewport}-${scheme}.png`,
        fullPage: true,
        animations: "disabled",
      });
    }
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: "light" });
}
