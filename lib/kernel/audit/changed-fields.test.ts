import { describe, expect, it } from "vitest";
import { changedFields } from "./changed-fields";

describe("changedFields", () => {
  it("lists only what differs, lists compared by value, ignored fields left out", () => {
    const before = { name: "A", redirect_uris: ["https://a/cb"], logo_uri: null, updated_at: "1" };
    const after = {
      name: "A",
      redirect_uris: ["https://a/cb", "https://b/cb"],
      logo_uri: "https://a/logo.png",
      updated_at: "2",
    };
    expect(changedFields(before, after, ["updated_at"])).toEqual({
      redirect_uris: { from: ["https://a/cb"], to: ["https://a/cb", "https://b/cb"] },
      logo_uri: { from: null, to: "https://a/logo.png" },
    });
    expect(changedFields(before, before)).toEqual({});
  });
});
