import { describe, expect, it } from "vitest";
import { ACCESS_TOKEN_TTL_CHOICES } from "./limits";

describe("ACCESS_TOKEN_TTL_CHOICES", () => {
  it("words each choice from its seconds and recommends the default lifetime", () => {
    expect(ACCESS_TOKEN_TTL_CHOICES).toEqual([
      { seconds: 300, label: "5 minutes" },
      { seconds: 900, label: "15 minutes" },
      { seconds: 3600, label: "1 hour (recommended)" },
      { seconds: 21600, label: "6 hours" },
      { seconds: 86400, label: "24 hours" },
    ]);
  });
});
