import { describe, expect, it } from "vitest";
import { publisherName } from "./publisher-name";

describe("publisherName", () => {
  it("names the owner's organisation by email domain", () => {
    expect(publisherName({ email: "ada@Acme.example", name: "Ada" })).toBe("acme.example");
  });

  it("falls back to the owner's name for public mail providers", () => {
    expect(publisherName({ email: "ada.lovelace@gmail.com", name: "Ada Lovelace" })).toBe("Ada Lovelace");
  });
});
