import { describe, expect, it } from "vitest";
import { daysLabel } from "./days-label";

describe("daysLabel", () => {
  it("says days, or years when whole", () => {
    expect([1, 7, 30, 365, 730].map(daysLabel)).toEqual(["1 day", "7 days", "30 days", "1 year", "2 years"]);
  });
});
