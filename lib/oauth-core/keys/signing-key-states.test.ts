import { describe, expect, it } from "vitest";
import { LIFETIMES } from "@/lib/kernel/time/lifetimes";
import {
  checkRetirement,
  planActivation,
  retirableAt,
  SIGNED_TOKEN_WINDOW_SECONDS,
  signingOrder,
  type SigningKeyFacts,
} from "./signing-key-states";

const key = (kid: string, state: SigningKeyFacts["state"], alg = "ES256", retiringAt: Date | null = null) => ({
  kid,
  alg,
  state,
  retiringAt,
});

describe("signing key states", () => {
  it("activating a next key retires the active key of its algorithm only", () => {
    const keys = [key("k1", "active"), key("r1", "active", "RS256"), key("k2", "next")];
    expect(planActivation(keys[2]!, keys)).toEqual({ activate: "k2", retire: "k1" });
  });

  it("refuses to activate a key that is not next", () => {
    for (const state of ["active", "retiring", "retired"] as const)
      expect(() => planActivation(key("k", state), [])).toThrow(expect.objectContaining({ code: "CONFLICT" }));
  });

  it("keeps a retiring key until every token it may have signed has expired", () => {
    const since = new Date("2026-01-01T00:00:00Z");
    const at = retirableAt({ retiringAt: since })!;
    expect(at.getTime() - since.getTime()).toBe(SIGNED_TOKEN_WINDOW_SECONDS * 1000);
    // Longer than any token Ninka signs lives.
    expect(SIGNED_TOKEN_WINDOW_SECONDS).toBeGreaterThan(LIFETIMES.idToken);
    expect(SIGNED_TOKEN_WINDOW_SECONDS).toBeGreaterThan(LIFETIMES.longestAccessToken);
    const retiring = key("k1", "retiring", "ES256", since);
    expect(() => checkRetirement(retiring, new Date(at.getTime() - 1))).toThrow(/may be valid until/);
    expect(() => checkRetirement(retiring, at)).not.toThrow();
  });

  it("refuses to retire the active key or a retired one, and retires a next key at once", () => {
    expect(() => checkRetirement(key("k1", "active"), new Date())).toThrow(/active ES256 key/);
    expect(() => checkRetirement(key("k1", "retired"), new Date())).toThrow(/already retired/);
    expect(() => checkRetirement(key("k2", "next"), new Date())).not.toThrow();
  });

  it("gives node-oidc-provider the active keys first and leaves retired keys out", () => {
    const keys = [
      key("old", "retiring"),
      key("n", "next"),
      key("gone", "retired"),
      key("rs", "active", "RS256"),
      key("es", "active"),
    ];
    expect(signingOrder(keys, ["ES256", "RS256"]).map((k) => k.kid)).toEqual(["es", "rs", "n", "old"]);
  });
});
