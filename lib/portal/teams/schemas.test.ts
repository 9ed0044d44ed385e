import { describe, expect, it } from "vitest";
import { z } from "zod";
import { invitationInputSchema, teamInputSchema, updateMemberSchema } from "./schemas";

// The team inputs' rules: REST, the console's forms and OpenAPI all use these schemas.
const team = { name: "Acme Payments", slug: "acme-payments" };

const errorsOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? {} : (z.flattenError(result.error).fieldErrors as Record<string, string[]>);
};

describe("teamInputSchema", () => {
  it("accepts a name and slug, trimmed, with optional https logo and homepage", () => {
    expect(teamInputSchema.parse({ name: "  Acme  ", slug: " acme " })).toEqual({ name: "Acme", slug: "acme" });
    const full = { ...team, logo_uri: "https://acme.example/logo.png", homepage_uri: "https://acme.example" };
    expect(teamInputSchema.parse(full)).toEqual(full);
  });

  it.each(["Acme", "acme_pay", "-acme", "acme-", "ac me", "ümlaut", "a".repeat(41), ""])(
    "refuses the slug %j",
    (slug) => {
      expect(errorsOf(teamInputSchema, { ...team, slug }).slug).toHaveLength(1);
    },
  );

  it("refuses a missing or over-long name and control characters anywhere", () => {
    expect(errorsOf(teamInputSchema, { slug: "a" }).name).toEqual(["is required"]);
    expect(errorsOf(teamInputSchema, { ...team, name: "x".repeat(101) }).name).toEqual([
      "must be at most 100 characters",
    ]);
    expect(errorsOf(teamInputSchema, { ...team, name: "a\u0000b" }).name).toEqual([
      "must not contain control characters",
    ]);
    expect(errorsOf(teamInputSchema, { ...team, slug: "a\u0000b" }).slug).toEqual([
      "must not contain control characters",
    ]);
  });

  it("wants https URLs for the logo and homepage", () => {
    expect(errorsOf(teamInputSchema, { ...team, logo_uri: "http://acme.example/logo.png" }).logo_uri).toEqual([
      "must be an https URL",
    ]);
    expect(errorsOf(teamInputSchema, { ...team, homepage_uri: "javascript:alert(1)" }).homepage_uri).toEqual([
      "must be an https URL",
    ]);
  });
});

describe("member and invitation inputs", () => {
  it("take one of the four roles", () => {
    for (const role of ["owner", "admin", "developer", "viewer"])
      expect(updateMemberSchema.parse({ role })).toEqual({ role });
    expect(errorsOf(updateMemberSchema, { role: "root" }).role).toEqual([
      "must be one of viewer, developer, admin, owner",
    ]);
  });

  it("normalise the invited address as accounts store it", () => {
    expect(invitationInputSchema.parse({ email: " Ada@Example.COM ", role: "viewer" })).toEqual({
      email: "ada@example.com",
      role: "viewer",
    });
    expect(errorsOf(invitationInputSchema, { email: "not-an-address", role: "viewer" }).email).toHaveLength(1);
  });
});
