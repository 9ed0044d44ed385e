import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/kernel/errors";
import { createTokenFormValues, parseCreateTokenInput } from "./schemas";

const valid = { name: "  CI deploy ", scopes: ["clients:write", "clients:read"] };

describe("parseCreateTokenInput", () => {
  it("trims the name, orders and de-duplicates scopes, expiry optional", () => {
    expect(parseCreateTokenInput({ ...valid, scopes: [...valid.scopes, "clients:read"] })).toEqual({
      name: "CI deploy",
      scopes: ["clients:read", "clients:write"],
      expiresInDays: undefined,
    });
  });

  it("reads expiry in days from form strings; empty or 'never' means no expiry", () => {
    expect(parseCreateTokenInput({ ...valid, expiresInDays: "30" }).expiresInDays).toBe(30);
    expect(parseCreateTokenInput({ ...valid, expiresInDays: "" }).expiresInDays).toBeUndefined();
    expect(parseCreateTokenInput({ ...valid, expiresInDays: "never" }).expiresInDays).toBeUndefined();
    expect(parseCreateTokenInput({ ...valid, expiresInDays: null }).expiresInDays).toBeUndefined();
  });

  it.each([
    [{ ...valid, name: "   " }, "name", "Enter a name"],
    [{ ...valid, name: "x".repeat(101) }, "name", "Use at most 100 characters"],
    [{ ...valid, scopes: [] }, "scopes", "Choose at least one scope"],
    [{ ...valid, scopes: undefined }, "scopes", "Choose at least one scope"],
    [
      { ...valid, scopes: ["admin"] },
      "scopes",
      "Scopes are clients:read, clients:write, apis:read, apis:write, teams:read and teams:write",
    ],
    [{ ...valid, expiresInDays: "0" }, "expiresInDays", "Expiry must be at least 1 day"],
    [{ ...valid, expiresInDays: "366" }, "expiresInDays", "Expiry must be at most 365 days"],
    [{ ...valid, expiresInDays: "1.5" }, "expiresInDays", "Expiry must be a whole number of days"],
    [{ ...valid, expiresInDays: "soon" }, "expiresInDays", "Choose an expiry"],
  ])("rejects %j with a field error", (input, field, message) => {
    try {
      parseCreateTokenInput(input);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe("VALIDATION");
      expect((error as DomainError).fieldErrors?.[field]).toContain(message);
    }
  });
});

describe("createTokenFormValues", () => {
  it("collects every checked scope", () => {
    const form = new FormData();
    form.set("name", "n");
    form.append("scopes", "clients:read");
    form.append("scopes", "clients:write");
    form.set("expiresInDays", "7");
    expect(parseCreateTokenInput(createTokenFormValues(form))).toEqual({
      name: "n",
      scopes: ["clients:read", "clients:write"],
      expiresInDays: 7,
    });
  });
});
