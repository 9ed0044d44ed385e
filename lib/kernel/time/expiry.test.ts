import { describe, expect, it } from "vitest";
import { isExpired, notExpiredWhere } from "./expiry";

describe("expiry", () => {
  const now = new Date("2026-01-01T00:00:00Z");

  it("is expired from the instant of expiry on, never without one", () => {
    expect(isExpired(null, now)).toBe(false);
    expect(isExpired(new Date(now.getTime() + 1), now)).toBe(false);
    expect(isExpired(now, now)).toBe(true);
    expect(isExpired("2025-12-31T23:59:59Z", now)).toBe(true);
  });

  it("filters with the same boundary: live rows expire strictly after now", () => {
    expect(notExpiredWhere(now)).toEqual({ OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] });
  });
});
