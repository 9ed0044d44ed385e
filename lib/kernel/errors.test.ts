import { describe, expect, it } from "vitest";
import { DomainError } from "./errors";

describe("DomainError.field", () => {
  it("is the VALIDATION error a schema would give, for one field", () => {
    const error = DomainError.field("email", "No account uses a@example.com.");
    expect(error).toBeInstanceOf(DomainError);
    expect([error.code, error.message, error.fieldErrors]).toEqual([
      "VALIDATION",
      "Check the highlighted fields.",
      { email: ["No account uses a@example.com."] },
    ]);
  });

  it("carries several messages, or several fields", () => {
    expect(DomainError.field("scopes", "a", "b").fieldErrors).toEqual({ scopes: ["a", "b"] });
    expect(DomainError.fields({ name: ["x"], scopes: ["y"] }).fieldErrors).toEqual({ name: ["x"], scopes: ["y"] });
  });
});
