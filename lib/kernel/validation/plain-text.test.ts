import { describe, expect, it } from "vitest";
import { plainText } from "./plain-text";

describe("plainText", () => {
  it.each(["\u0000", "\u0001", "\u001b", "\u007f", "\n", "\t", "\r"])("refuses %j in one-line text", (control) => {
    const result = plainText().safeParse(`a${control}b`);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("must not contain control characters");
  });

  it("lets multi-line text keep line breaks and tabs, never NUL", () => {
    expect(plainText({ multiline: true }).safeParse("one\r\n\ttwo").success).toBe(true);
    expect(plainText({ multiline: true }).safeParse("one\u0000").success).toBe(false);
  });

  it("accepts any other Unicode, and refuses non-strings with the given message", () => {
    expect(plainText().safeParse("Ünïcödé 😀 \u00a0 \u2028").success).toBe(true);
    expect(plainText({ error: "is required" }).safeParse(42).error?.issues[0]?.message).toBe("is required");
  });
});
