import { describe, expect, it } from "vitest";
import { passkeysAvailable, relyingParty } from "./relying-party";
import { authenticationResponseSchema, passkeyNameSchema } from "./schemas";
import { keyMethod, passkeyOnlyAmr, storedTransports, toCredential } from "./stored-passkey";

describe("relying party from NINKA_URL", () => {
  it("is the URL's host name (no port) and its origin", () => {
    expect(relyingParty("https://id.example.com")).toEqual({
      id: "id.example.com",
      origin: "https://id.example.com",
      name: "Ninka",
    });
    expect(relyingParty("http://localhost:3660")).toMatchObject({ id: "localhost", origin: "http://localhost:3660" });
  });

  it("offers passkeys on host names only: browsers refuse an IP address as RP ID", () => {
    expect(passkeysAvailable("http://localhost:3000")).toBe(true);
    expect(passkeysAvailable("https://auth.example.com")).toBe(true);
    expect(passkeysAvailable("http://127.0.0.1:3000")).toBe(false);
    expect(passkeysAvailable("http://192.168.1.20")).toBe(false);
    expect(passkeysAvailable("http://[::1]:3000")).toBe(false);
  });
});

describe("amr of a passkey (RFC 8176)", () => {
  it("says hwk for a device-bound key, swk for a synced one, and user when the user was verified", () => {
    expect(keyMethod("singleDevice")).toBe("hwk");
    expect(keyMethod("multiDevice")).toBe("swk");
    expect(passkeyOnlyAmr("singleDevice", true)).toEqual(["hwk", "user"]);
    expect(passkeyOnlyAmr("multiDevice", false)).toEqual(["swk"]);
  });
});

describe("stored passkeys", () => {
  it("keeps only string transports and decodes the public key", () => {
    expect(storedTransports(["usb", 3, "internal"])).toEqual(["usb", "internal"]);
    expect(storedTransports("usb")).toEqual([]);
    const credential = toCredential({ credentialId: "abc", publicKey: "AQID", counter: 7, transports: ["hybrid"] });
    expect([...credential.publicKey]).toEqual([1, 2, 3]);
    expect(credential).toMatchObject({ id: "abc", counter: 7, transports: ["hybrid"] });
  });
});

describe("input shapes", () => {
  it("refuses control characters and empty or long names", () => {
    expect(passkeyNameSchema.safeParse(" Laptop ").data).toBe("Laptop");
    expect(passkeyNameSchema.safeParse("a\u0000b").success).toBe(false);
    expect(passkeyNameSchema.safeParse("").success).toBe(false);
    expect(passkeyNameSchema.safeParse("x".repeat(61)).success).toBe(false);
  });
  it("accepts a browser's assertion JSON and refuses what is not base64url", () => {
    const good = {
      id: "YWJj",
      rawId: "YWJj",
      type: "public-key",
      response: { clientDataJSON: "e30", authenticatorData: "AA", signature: "AA" },
    };
    expect(authenticationResponseSchema.safeParse(good).success).toBe(true);
    expect(authenticationResponseSchema.safeParse({ ...good, id: "a b" }).success).toBe(false);
    expect(authenticationResponseSchema.safeParse({ ...good, type: "password" }).success).toBe(false);
  });
});
