import { describe, expect, it } from "vitest";
import { ACR, acrFor } from "./acr";

describe("acrFor", () => {
  it("says two factors only for a password with another factor, or a user-verified passkey", () => {
    expect(acrFor(["pwd"])).toBe(ACR.password);
    expect(acrFor(["pwd", "otp"])).toBe(ACR.multiFactor);
    expect(acrFor(["pwd", "hwk"])).toBe(ACR.multiFactor);
    expect(acrFor(["hwk", "user"])).toBe(ACR.multiFactor);
    expect(acrFor(["swk"])).toBe(ACR.password);
    expect(acrFor([])).toBe(ACR.password);
  });

  it("counts another identity provider as a first factor, and its own mfa as two", () => {
    expect(acrFor(["fed"])).toBe(ACR.password);
    expect(acrFor(["fed", "otp"])).toBe(ACR.multiFactor);
    expect(acrFor(["fed", "mfa"])).toBe(ACR.multiFactor);
  });
});
