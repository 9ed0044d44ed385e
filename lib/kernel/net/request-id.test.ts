import { describe, expect, it } from "vitest";
import { requestIdFrom } from "./request-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("requestIdFrom", () => {
  it.each(["abc123", "0b1c2d3e-4f50-4617-8899-aabbccddeeff", "01HV3Z8Q6X:trace.1-2_3"])(
    "keeps the sane token %s",
    (id) => {
      expect(requestIdFrom(id)).toBe(id);
    },
  );

  it.each([
    ["absent", undefined],
    ["empty", ""],
    ["repeated", ["a", "b"]],
    ["with a space", "a b"],
    ["with a newline", "a\nb"],
    ["with quotes", 'a"b'],
    ["too long", "a".repeat(129)],
    ["starting with a dash", "-abc"],
  ])("replaces an id that is %s with a new UUID", (_why, incoming) => {
    expect(requestIdFrom(incoming)).toMatch(UUID);
  });

  it("generates a different id each time", () => {
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });
});
