import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/kernel/errors";
import { readScopes, requireNonTokenActor, requireScope } from "./token-scopes";

const person = { id: "u1", email: "a@example.com", name: "A" };

describe("readScopes", () => {
  it("keeps known scopes in canonical order and drops the rest", () => {
    expect(readScopes(["clients:write", "bogus", "clients:read"])).toEqual(["clients:read", "clients:write"]);
    expect(readScopes("clients:read")).toEqual([]);
    expect(readScopes(null)).toEqual([]);
  });
});

describe("requireScope", () => {
  it("lets a console session do anything", () => {
    expect(() => requireScope(person, "clients:write")).not.toThrow();
  });

  it("lets a token do only what its scopes say (write does not imply read)", () => {
    expect(() => requireScope({ ...person, tokenScopes: ["clients:read"] }, "clients:read")).not.toThrow();
    expect(() => requireScope({ ...person, tokenScopes: ["clients:read"] }, "clients:write")).toThrow(DomainError);
    expect(() => requireScope({ ...person, tokenScopes: ["clients:write"] }, "clients:read")).toThrow(/clients:read/);
  });
});

describe("requireNonTokenActor", () => {
  it("refuses token-authenticated actors", () => {
    expect(() => requireNonTokenActor(person)).not.toThrow();
    expect(() => requireNonTokenActor({ ...person, tokenScopes: [] })).toThrow(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
  });
});
