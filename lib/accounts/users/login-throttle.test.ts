import { describe, expect, it } from "vitest";
import { minutesToWait, retryAfterMs, THROTTLES, tryAgainIn } from "./login-throttle";

const now = new Date("2026-11-27T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const rule = THROTTLES.signInAccount;

describe("THROTTLES", () => {
  it("gives every throttle its own key space", () => {
    const keys = Object.values(THROTTLES).map((throttle) => throttle.key("x"));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("states the sign-in limits the docs promise: 5 per account, 20 per IP, in 15 minutes", () => {
    expect([THROTTLES.signInAccount.limit, THROTTLES.signInIp.limit, rule.windowMs]).toEqual([5, 20, 15 * 60_000]);
  });
});

describe("retryAfterMs", () => {
  it("allows attempts while fewer than the limit failed in the window", () => {
    expect(retryAfterMs([], rule, now)).toBe(0);
    expect(retryAfterMs([1, 2, 3, 4].map(minutesAgo), rule, now)).toBe(0);
  });

  it("refuses until the limit-th newest failure leaves the 15-minute window", () => {
    const failures = [0, 1, 2, 3, 10].map(minutesAgo); // newest first
    expect(retryAfterMs(failures, rule, now)).toBe(5 * 60_000);
    expect(retryAfterMs([0, 0, 0, 0, 0].map(minutesAgo), rule, now)).toBe(rule.windowMs);
  });

  it("never goes below zero", () => {
    expect(retryAfterMs([20, 21, 22, 23, 24].map(minutesAgo), rule, now)).toBe(0);
  });
});

describe("minutesToWait", () => {
  it.each([
    [1, 1],
    [60_000, 1],
    [60_001, 2],
    [rule.windowMs, 15],
  ])("%i ms -> %i minutes", (ms, minutes) => expect(minutesToWait(ms)).toBe(minutes));

  it("says it in words", () => {
    expect([tryAgainIn(1), tryAgainIn(rule.windowMs)]).toEqual(["Try again in 1 minute.", "Try again in 15 minutes."]);
  });
});
