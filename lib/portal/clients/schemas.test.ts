import { describe, expect, it } from "vitest";
import { z } from "zod";
import { clientInputSchema, listClientsQuerySchema } from "./schemas";

// Every rule of the client input, one by one: the REST API, the console's form and OpenAPI all use
// this schema, so these messages are what developers read.
const web = { client_name: "My app", application_type: "web", redirect_uris: ["https://app.example.com/callback"] };
const m2m = { client_name: "Worker", application_type: "m2m" };

function errorsOf(input: unknown): Record<string, string[]> {
  const result = clientInputSchema.safeParse(input);
  if (result.success) return {};
  return z.flattenError(result.error).fieldErrors as Record<string, string[]>;
}

describe("clientInputSchema", () => {
  it("accepts a minimal app of each type, with defaults", () => {
    expect(clientInputSchema.parse(web)).toMatchObject({ client_name: "My app", post_logout_redirect_uris: [] });
    expect(clientInputSchema.parse(m2m)).toMatchObject({ redirect_uris: [] });
    expect(clientInputSchema.parse({ ...web, application_type: "spa" })).toBeTruthy();
    expect(
      clientInputSchema.parse({ ...web, application_type: "native", redirect_uris: ["com.example.app:/cb"] }),
    ).toBeTruthy();
  });

  it("requires a name of 1 to 100 characters, trimmed", () => {
    expect(errorsOf({ ...web, client_name: "   " }).client_name).toEqual(["is required"]);
    expect(errorsOf({ ...web, client_name: undefined }).client_name).toEqual(["is required"]);
    expect(errorsOf({ ...web, client_name: "x".repeat(101) }).client_name).toEqual(["must be at most 100 characters"]);
    expect(clientInputSchema.parse({ ...web, client_name: "  Padded  " }).client_name).toBe("Padded");
  });

  it("takes a back-channel logout URI by the redirect rules, for apps people sign in to", () => {
    const uri = (backchannel_logout_uri: string, input: object = web) =>
      errorsOf({ ...input, backchannel_logout_uri }).backchannel_logout_uri;
    expect(uri("https://app.example.com/logout")).toBeUndefined();
    expect(uri("http://127.0.0.1:8080/logout")).toBeUndefined();
    expect(uri("https://app.example.com/logout#x")?.[0]).toMatch(/fragment/);
    expect(uri("http://app.example.com/logout")?.[0]).toMatch(/must use https/);
    expect(uri("https://app.example.com/\u0000")?.[0]).toBeTruthy();
    expect(uri("logout")?.[0]).toMatch(/absolute URL/);
    expect(uri("https://app.example.com/logout", m2m)?.[0]).toMatch(/not used/);
    expect(
      errorsOf({ ...web, backchannel_logout_session_required: "yes" }).backchannel_logout_session_required,
    ).toEqual(["must be true or false"]);
  });

  it("knows only its application types", () => {
    expect(errorsOf({ ...web, application_type: "desktop" }).application_type?.[0]).toMatch(
      /must be one of web, spa, native, m2m/,
    );
  });

  it("needs a redirect URI for user-facing apps and refuses them for machine-to-machine ones", () => {
    expect(errorsOf({ ...web, redirect_uris: [] }).redirect_uris).toEqual(["needs at least one redirect URI"]);
    expect(errorsOf({ ...m2m, redirect_uris: ["https://a.example/cb"] }).redirect_uris).toEqual([
      "are not used by machine to machine clients",
    ]);
    expect(errorsOf({ ...m2m, post_logout_redirect_uris: ["https://a.example/"] }).post_logout_redirect_uris).toEqual([
      "are not used by machine to machine clients",
    ]);
  });

  it("checks each redirect URI, refuses duplicates and more than 20", () => {
    expect(errorsOf({ ...web, redirect_uris: ["http://app.example.com/cb"] }).redirect_uris?.[0]).toMatch(
      /^http:\/\/app.example.com\/cb must use https/,
    );
    expect(
      errorsOf({ ...web, post_logout_redirect_uris: ["https://a.example/#x"] }).post_logout_redirect_uris?.[0],
    ).toMatch(/fragment/);
    expect(errorsOf({ ...web, redirect_uris: [web.redirect_uris[0], web.redirect_uris[0]] }).redirect_uris).toEqual([
      "must not contain duplicates",
    ]);
    const many = Array.from({ length: 21 }, (_, i) => `https://app.example.com/cb${i}`);
    expect(errorsOf({ ...web, redirect_uris: many }).redirect_uris).toEqual(["must have at most 20 entries"]);
    expect(errorsOf({ ...web, redirect_uris: [42] }).redirect_uris).toEqual(["must be a list of URLs"]);
  });

  it("offers Ninka's scopes, and leaves well-formed API scope values to the registered APIs", () => {
    expect(errorsOf({ ...web, scope: "openid admin! photos/x" }).scope?.[0]).toMatch(
      /^offers no scope named admin!, photos\/x \(available: openid, profile, email, offline_access, and the scopes of registered APIs\)$/,
    );
    expect(errorsOf({ ...web, scope: "openid photos.read read:albums" })).toEqual({});
    expect(errorsOf({ ...web, scope: 42 }).scope).toEqual(["must be a space-separated list of scopes"]);
    expect(clientInputSchema.parse({ ...web, scope: "openid  email" }).scope).toBe("openid  email");
  });

  it("limits grant types to the application type's, with its main grant", () => {
    expect(errorsOf({ ...web, grant_types: ["client_credentials"] }).grant_types?.[0]).toMatch(
      /must include authorization_code and only/,
    );
    expect(errorsOf({ ...web, grant_types: [] }).grant_types?.[0]).toMatch(/must include authorization_code/);
    expect(errorsOf({ ...web, grant_types: ["password"] }).grant_types?.[0]).toMatch(/must be among/);
    const device = "urn:ietf:params:oauth:grant-type:device_code";
    expect(
      errorsOf({
        ...web,
        application_type: "native",
        redirect_uris: ["http://127.0.0.1/cb"],
        grant_types: ["authorization_code", device],
      }),
    ).toEqual({});
    expect(errorsOf({ ...web, grant_types: ["authorization_code", device] }).grant_types?.[0]).toMatch(
      /for web application clients/,
    );
  });

  it("limits the token endpoint auth method to the application type's", () => {
    expect(errorsOf({ ...web, token_endpoint_auth_method: "none" }).token_endpoint_auth_method).toEqual([
      "must be client_secret_basic or client_secret_post or private_key_jwt for web application clients",
    ]);
    expect(
      errorsOf({ ...web, application_type: "spa", token_endpoint_auth_method: "client_secret_post" })
        .token_endpoint_auth_method,
    ).toEqual(["must be none for single-page app clients"]);
    // private_key_jwt needs the app's keys (lib/portal/clients/client-jwks.ts); client_secret_jwt is never offered.
    expect(errorsOf({ ...web, token_endpoint_auth_method: "private_key_jwt" })).toEqual({
      jwks: ["needs either jwks or jwks_uri (not both)"],
    });
    expect(
      errorsOf({ ...web, token_endpoint_auth_method: "client_secret_jwt" }).token_endpoint_auth_method,
    ).toHaveLength(1);
  });

  it("signs ID tokens with a key Ninka holds", () => {
    expect(errorsOf({ ...web, id_token_signed_response_alg: "HS256" }).id_token_signed_response_alg).toEqual([
      "must be ES256 or RS256",
    ]);
  });

  it("takes https links only", () => {
    for (const field of ["logo_uri", "client_uri", "policy_uri", "tos_uri"]) {
      expect(errorsOf({ ...web, [field]: "http://app.example.com/" })[field]).toEqual(["must be an https URL"]);
      expect(errorsOf({ ...web, [field]: `https://app.example.com/${"a".repeat(2000)}` })[field]).toEqual([
        "must be at most 2000 characters",
      ]);
    }
  });
});

describe("listClientsQuerySchema", () => {
  it("pages by 20 by default, 1 to 100", () => {
    expect(listClientsQuerySchema.parse({})).toEqual({ limit: 20 });
    expect(listClientsQuerySchema.parse({ limit: "5" }).limit).toBe(5);
    expect(listClientsQuerySchema.safeParse({ limit: "0" }).success).toBe(false);
    expect(listClientsQuerySchema.safeParse({ limit: "101" }).success).toBe(false);
    expect(listClientsQuerySchema.safeParse({ limit: "2.5" }).success).toBe(false);
  });
});
