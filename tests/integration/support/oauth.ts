import * as oidc from "openid-client";

// openid-client (the third-party app in these tests) against a server of ours.
export function discover(
  serverUrl: string,
  clientId: string,
  clientSecret?: string,
  auth: "basic" | "post" | "none" = clientSecret ? "basic" : "none",
) {
  const method =
    auth === "basic"
      ? oidc.ClientSecretBasic(clientSecret!)
      : auth === "post"
        ? oidc.ClientSecretPost(clientSecret!)
        : oidc.None();
  return oidc.discovery(new URL(`${serverUrl}/oauth`), clientId, undefined, method, {
    execute: [oidc.allowInsecureRequests],
  });
}

/** The OAuth error code and HTTP status of a rejected openid-client call. */
export async function oauthError(promise: Promise<unknown>): Promise<{ status?: number; error?: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof oidc.WWWAuthenticateChallengeError) {
      return { status: error.status, error: error.cause[0]?.parameters.error };
    }
    if (error instanceof oidc.ResponseBodyError) return { status: error.status, error: error.error };
    throw error;
  }
  throw new Error("expected the OAuth request to fail");
}
