import { describe, expect, it } from "vitest";
import { prefixRange } from "./prefix-range";

const inRange = (value: string, range: { gte: string; lt: string }) => value >= range.gte && value < range.lt;

describe("prefixRange", () => {
  it("holds every string starting with the prefix and nothing else, in code-point order", () => {
    const range = prefixRange("ada");
    for (const yes of ["ada", "ada@example.test", "adaz", "ada\u{1F600}"]) expect(inRange(yes, range), yes).toBe(true);
    for (const no of ["ad", "adb", "ac", "b", "Ada"]) expect(inRange(no, range), no).toBe(false);
    expect(prefixRange("a\u{1F600}")).toEqual({ gte: "a\u{1F600}", lt: "a\u{1F601}" });
  });
});
