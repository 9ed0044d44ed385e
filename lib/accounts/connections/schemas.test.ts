import { describe, expect, it } from "vitest";
import { connectionCallbackUrl } from "./presets";
import { federationRefusalMessage } from "./refusals";
import { connectionInputSchema } from "./schemas";

const base = { name: "Acme", clientId: "acme-client", clientSecret: "s3cret" };

describe("connectionInputSchema", () => {
  it("takes the preset's issuer and scopes when none are given", () => {
    expect(connectionInputSchema.parse({ ...base, preset: "google" })).toMatchObject({
      issuer: "https://accounts.google.com",
      scopes: "openid email profile",
      createAccounts: false,
      domains: [],
    });
    expect(connectionInputSchema.parse({ ...base, preset: "github" })).toMatchObject({
      issuer: "https://github.com",
      scopes: "read:user user:email",
    });
  });

  it("always asks an OpenID provider for openid, and reads the form's checkbox and domain lines", () => {
    const parsed = connectionInputSchema.parse({
      ...base,
      issuer: "https://id.example.com/realms/x",
      scopes: "email profile",
      createAccounts: "on",
      domains: "Example.com\nexample.org, example.com",
    });
    expect(parsed).toMatchObject({
      scopes: "openid email profile",
      createAccounts: true,
      domains: ["example.com", "example.org"],
    });
  });

  it("refuses a missing or malformed issuer, Microsoft's placeholder tenant, and secrets with spaces", () => {
    const fields = (input: object) => {
      const result = connectionInputSchema.safeParse(input);
      return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
    };
    expect(fields({ ...base })).toEqual(["issuer"]);
    expect(fields({ ...base, issuer: "ftp://id.example.com" })).toEqual(["issuer"]);
    expect(fields({ ...base, issuer: "https://id.example.com/?x=1" })).toEqual(["issuer"]);
    expect(fields({ ...base, preset: "microsoft" })).toEqual(["issuer"]);
    for (const tenant of ["common", "organizations", "consumers", "0e96f835-6e34-470c-800b-2e2c5908c54c"])
      expect(
        fields({ ...base, preset: "microsoft", issuer: `https://login.microsoftonline.com/${tenant}/v2.0` }),
      ).toEqual([]);
    expect(fields({ ...base, issuer: "https://id.example.com", clientSecret: "a b" })).toEqual(["clientSecret"]);
    expect(fields({ ...base, issuer: "https://id.example.com", name: "a\u0000" })).toEqual(["name"]);
  });
});

describe("federation pages' words", () => {
  it("names the connection in a refusal, and says something sensible for unknown codes", () => {
    const list = [{ id: "c1", name: "Google" }];
    expect(federationRefusalMessage("sign-up-closed", "c1", list)).toContain("no account can be created with Google");
    expect(federationRefusalMessage("nonsense", "gone", list)).toBe(
      "Signing in with that provider did not work. Try again, or sign in another way.",
    );
    expect(connectionCallbackUrl("https://ninka.example", "a b")).toBe(
      "https://ninka.example/connections/a%20b/callback",
    );
  });
});
