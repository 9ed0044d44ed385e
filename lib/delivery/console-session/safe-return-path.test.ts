import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it("keeps paths on this site", () => {
    expect(safeReturnPath("/console/clients/abc?tab=1")).toBe("/console/clients/abc?tab=1");
  });

  it("replaces anything that could leave the site", () => {
    for (const value of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "",
      null,
      undefined,
    ]) {
      expect(safeReturnPath(value)).toBe("/console");
    }
    expect(safeReturnPath("//evil.example", "/account")).toBe("/account");
  });
});
