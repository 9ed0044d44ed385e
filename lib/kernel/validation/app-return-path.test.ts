import { describe, expect, it } from "vitest";
import { appReturnPath, safeAppReturnPath } from "./app-return-path";

describe("the path back to an app after a password reset", () => {
  it("is the app's authorization request again", () => {
    const path = appReturnPath({ client_id: "abc", redirect_uri: "https://app.example/cb", state: "s 1", n: 3 });
    expect(path).toBe("/oauth/authorize?client_id=abc&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&state=s+1");
    expect(safeAppReturnPath(path)).toBe(path);
  });

  it("accepts nothing else", () => {
    for (const value of [
      undefined,
      "",
      "/console",
      "https://evil.example/oauth/authorize?x=1",
      "//evil.example/oauth/authorize?x=1",
      "/oauth/authorize",
      "/oauth/authorize?a=1\\@evil",
      "/oauth/authorize?a=1\nb",
      `/oauth/authorize?${"a".repeat(5000)}`,
    ])
      expect(safeAppReturnPath(value), String(value)).toBeNull();
  });
});
