import { describe, expect, it } from "vitest";
import { isProbablySafeToRevoke, isStale } from "./stale";
import { DAY_MS } from "@/lib/kernel/time/durations";

const now = new Date("2026-11-28T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();

describe("stale apps and secrets", () => {
  it("flags an app unused (or never used) for 90 days, but not a new one", () => {
    expect(isStale({ created_at: daysAgo(200), last_used_at: daysAgo(91) }, now)).toBe(true);
    expect(isStale({ created_at: daysAgo(200), last_used_at: null }, now)).toBe(true);
    expect(isStale({ created_at: daysAgo(200), last_used_at: daysAgo(89) }, now)).toBe(false);
    expect(isStale({ created_at: daysAgo(10), last_used_at: null }, now)).toBe(false);
  });

  it("calls a secret probably safe to revoke only while another is in use", () => {
    const old = { id: "a", created_at: daysAgo(300), last_used_at: daysAgo(120) };
    const used = { id: "b", created_at: daysAgo(100), last_used_at: daysAgo(1) };
    const idle = { id: "c", created_at: daysAgo(300), last_used_at: null };
    expect(isProbablySafeToRevoke(old, [old, used], now)).toBe(true);
    expect(isProbablySafeToRevoke(old, [old, idle], now)).toBe(false);
    expect(isProbablySafeToRevoke(used, [old, used], now)).toBe(false);
  });
});
