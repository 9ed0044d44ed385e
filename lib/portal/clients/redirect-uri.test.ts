import { describe, expect, it } from "vitest";
import { redirectUriProblem } from "./redirect-uri";

describe("redirectUriProblem", () => {
  it.each([
    ["https://app.example.com/callback", "web"],
    ["http://localhost:8080/cb", "web"],
    ["http://127.0.0.1/cb", "spa"],
    ["http://[::1]:3000/cb", "spa"],
    ["com.example.app:/oauth2redirect", "native"],
    ["http://127.0.0.1:51234/", "native"],
  ] as const)("accepts %s for %s", (uri, type) => {
    expect(redirectUriProblem(uri, type)).toBeNull();
  });

  it.each([
    ["https://app.example.com/cb#frag", "web", /fragment/],
    ["https://*.example.com/cb", "web", /wildcard/],
    ["/callback", "web", /absolute/],
    ["http://app.example.com/cb", "web", /https/],
    ["com.example.app:/cb", "web", /https/],
    ["myapp:/cb", "native", /private-use/],
    ["javascript:alert(1)", "native", /private-use/],
    ["https://user:pw@app.example.com/cb", "web", /user name/],
    [`https://app.example.com/${"a".repeat(2000)}`, "web", /2000/],
  ] as const)("rejects %s for %s", (uri, type, message) => {
    expect(redirectUriProblem(uri, type)).toMatch(message);
  });
});
