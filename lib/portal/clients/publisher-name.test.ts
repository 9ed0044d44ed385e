import { describe, expect, it } from "vitest";
import { publisherName } from "./publisher-name";

describe("publisherName", () => {
  const verified = new Date();
  it("names the owner's organisation by email domain once the owner verified the address", () => {
    expect(publisherName({ email: "ada@Acme.example", name: "Ada", emailVerifiedAt: verified })).toBe("acme.example");
  });

  it("names the owner, not a domain they have not proved they own", () => {
    expect(publisherName({ email: "security@paypal.com", name: "Mallory", emailVerifiedAt: null })).toBe("Mallory");
  });

  it("falls back to the owner's name for public mail providers", () => {
    expect(publisherName({ email: "ada.lovelace@gmail.com", name: "Ada Lovelace", emailVerifiedAt: verified })).toBe(
      "Ada Lovelace",
    );
  });
});
