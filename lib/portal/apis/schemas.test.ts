import { describe, expect, it } from "vitest";
import { z } from "zod";
import { apiInputSchema, identifierProblem, isApiScopeValue } from "./schemas";

// The rules of the API input, which the REST API, the console and OpenAPI share.
const valid = {
  name: "Photos API",
  identifier: "https://photos.example/api",
  scopes: [{ value: "photos.read", description: "See your photo albums" }],
};

function errorsOf(input: unknown): Record<string, string[]> {
  const result = apiInputSchema.safeParse(input);
  return result.success ? {} : (z.flattenError(result.error).fieldErrors as Record<string, string[]>);
}

describe("apiInputSchema", () => {
  it("fills in the defaults and trims", () => {
    expect(
      apiInputSchema.parse({
        ...valid,
        name: " Photos API ",
        scopes: [{ value: " photos.read ", description: " See " }],
      }),
    ).toEqual({
      name: "Photos API",
      identifier: "https://photos.example/api",
      description: "",
      scopes: [{ value: "photos.read", description: "See" }],
      access_token_ttl: 3600,
      signing_alg: "ES256",
    });
  });

  it("names the scope a message is about", () => {
    const errors = errorsOf({
      ...valid,
      scopes: [
        { value: "ok.read", description: "Fine" },
        { value: "bad value", description: "" },
      ],
    }).scopes!;
    expect(errors).toEqual([
      expect.stringMatching(/^scope 2 \(bad value\): the value must be 1 to 100 letters/),
      "scope 2 (bad value): the description is required",
    ]);
    expect(errorsOf({ ...valid, scopes: [valid.scopes[0], valid.scopes[0]] }).scopes).toEqual([
      "scope 2 (photos.read): listed twice",
    ]);
    expect(errorsOf({ ...valid, scopes: [{ value: "email", description: "x" }] }).scopes).toEqual([
      "scope 1 (email): email is an OpenID Connect scope of Ninka itself",
    ]);
  });

  it("says an identifier is required, once", () => {
    expect(errorsOf({ ...valid, identifier: " " }).identifier).toEqual(["is required"]);
  });

  it("keeps text on one line where people read it, and without NUL anywhere", () => {
    expect(errorsOf({ ...valid, name: "a\nb" }).name).toEqual(["must not contain control characters"]);
    expect(errorsOf({ ...valid, description: "two\nlines" })).toEqual({});
    expect(errorsOf({ ...valid, description: "nul\u0000" }).description).toEqual([
      "must not contain control characters",
    ]);
  });
});

describe("identifierProblem", () => {
  it("accepts absolute https URIs without fragment or credentials (RFC 8707 §2)", () => {
    expect(identifierProblem("https://api.example.com")).toBeNull();
    expect(identifierProblem("https://api.example.com/photos?v=1")).toBeNull();
    expect(identifierProblem("http://api.example.com")).toMatch(/https/);
    // http only on loopback, for an API (an MCP server) running on the developer's machine
    expect(identifierProblem("http://localhost:4100/mcp")).toBeNull();
    expect(identifierProblem("http://127.0.0.1:4100/mcp")).toBeNull();
    expect(identifierProblem("http://[::1]/mcp")).toBeNull();
    expect(identifierProblem("http://localhost.example.com/mcp")).toMatch(/https/);
    expect(identifierProblem("urn:example:photos")).toMatch(/https/);
    expect(identifierProblem("https://api.example.com/#x")).toMatch(/fragment/);
    expect(identifierProblem("https://a:b@api.example.com")).toMatch(/user name/);
    expect(identifierProblem("https://api.example.com/a b")).toMatch(/https/);
    expect(identifierProblem("https://api.example.com/\u0000")).toMatch(/https/); // URL would percent-encode it
  });
});

describe("isApiScopeValue", () => {
  it("is a scope token that is not one of Ninka's OIDC scopes", () => {
    expect(["photos.read", "read:photos", "a", "A-1_b"].every(isApiScopeValue)).toBe(true);
    expect(["openid", "photos read", ".read", "read.", "photos/read", "é"].some(isApiScopeValue)).toBe(false);
  });
});
