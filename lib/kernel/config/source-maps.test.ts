import { describe, expect, it } from "vitest";
import { sourceMapsRequested } from "./source-maps";

describe("sourceMapsRequested", () => {
  it("is false without --enable-source-maps", () => {
    expect(sourceMapsRequested([], "")).toBe(false);
    expect(sourceMapsRequested(["--import", "tsx"], "--max-old-space-size=1024")).toBe(false);
    expect(sourceMapsRequested([])).toBe(false);
  });

  it("sees the flag on the command line or in NODE_OPTIONS", () => {
    expect(sourceMapsRequested(["--enable-source-maps", "--import", "tsx"])).toBe(true);
    expect(sourceMapsRequested([], "--max-old-space-size=1024  --enable-source-maps")).toBe(true);
  });

  it("does not match a longer option", () => {
    expect(sourceMapsRequested(["--enable-source-maps-later"], "")).toBe(false);
  });
});
