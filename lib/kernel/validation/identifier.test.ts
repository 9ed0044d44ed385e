import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/kernel/errors";
import { parseIdOrThrow } from "./identifier";

const notFound = () => new DomainError("NOT_FOUND", "nothing here");

describe("parseIdOrThrow", () => {
  it("passes ids through", () => {
    expect(parseIdOrThrow("4f0c2a9e1b7d3c5a6e8f0a1b", notFound)).toBe("4f0c2a9e1b7d3c5a6e8f0a1b");
    expect(parseIdOrThrow("ninka-console", notFound)).toBe("ninka-console");
  });

  it("answers anything else as not found", () => {
    for (const value of ["", "a\u0000b", "a b", "é", "x".repeat(201), undefined, null, 42, ["id"]]) {
      expect(() => parseIdOrThrow(value, notFound)).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
    }
  });
});
