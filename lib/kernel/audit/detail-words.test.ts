import { describe, expect, it } from "vitest";
import { detailWords } from "./detail-words";

describe("audit details in words", () => {
  it("says codes, flags, times and ids as a person reads them", () => {
    expect(detailWords("change", "totp_enrolled")).toEqual({ label: "What", value: "Authenticator app turned on" });
    expect(detailWords("others", true)).toEqual({ label: "Other browsers only", value: "Yes" });
    expect(detailWords("expires_at", "2026-12-06T10:00:00.000Z").value).toEqual({ time: "2026-12-06T10:00:00.000Z" });
    expect(detailWords("secret_id", "7d9c1e4a-2b3f-4c5d-8e9f-0a1b2c3d4e5f")).toEqual({
      label: "Secret",
      value: "…3d4e5f",
    });
    expect(detailWords("application_type", "m2m").value).toBe("Machine to machine");
    expect(detailWords("scopes", ["openid", "email"]).value).toBe("openid, email");
    expect(detailWords("reason", "")).toEqual({ label: "Reason", value: "—" });
  });

  it("keeps an unknown key and a plain value as they are, the key capitalised", () => {
    expect(detailWords("custom_note", "hello")).toEqual({ label: "Custom note", value: "hello" });
  });
});
