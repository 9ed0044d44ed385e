import { describe, expect, it } from "vitest";
import { federatedAmr } from "./federated-amr";

describe("federatedAmr", () => {
  it("adds mfa when the upstream's amr or acr says several factors were used", () => {
    expect(federatedAmr({ amr: ["pwd", "mfa"], acr: null })).toEqual(["fed", "mfa"]);
    expect(federatedAmr({ amr: ["mfa"], acr: null })).toEqual(["fed", "mfa"]);
    expect(federatedAmr({ amr: ["pwd", "otp"], acr: null })).toEqual(["fed", "mfa"]);
    expect(federatedAmr({ amr: ["hwk", "user"], acr: null })).toEqual(["fed", "mfa"]);
    for (const acr of [
      "http://schemas.openid.net/pape/policies/2007/06/multi-factor",
      "http://schemas.openid.net/pape/policies/2007/06/multi-factor-physical",
      "https://refeds.org/profile/mfa",
      "urn:ninka:acr:mfa",
    ]) {
      expect(federatedAmr({ amr: [], acr })).toEqual(["fed", "mfa"]);
    }
  });

  it("is fed alone for one factor, an unknown acr, or nothing said (an old cookie without amr too)", () => {
    expect(federatedAmr({ amr: ["pwd"], acr: "urn:ninka:acr:password" })).toEqual(["fed"]);
    expect(federatedAmr({ amr: ["otp"], acr: null })).toEqual(["fed"]);
    expect(federatedAmr({ amr: ["hwk"], acr: "1" })).toEqual(["fed"]);
    expect(federatedAmr({ amr: [], acr: null })).toEqual(["fed"]);
    expect(federatedAmr({})).toEqual(["fed"]);
  });
});
