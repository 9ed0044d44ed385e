import { describe, expect, it } from "vitest";
import { minutesToWait, retryAfterMs, WINDOW_MS } from "./login-throttle";

const now = new Date("2026-11-27T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe("retryAfterMs", () => {
  it("allows attempts while fewer than the limit failed in the window", () => {
    expect(retryAfterMs([], 5, now)).toBe(0);
    expect(retryAfterMs([1, 2, 3, 4].map(minutesAgo), 5, now)).toBe(0);
  });

  it("refuses until the limit-th newest failure leaves the 15-minute window", () => {
    const failures = [0, 1, 2, 3, 10].map(minutesAgo); // newest first
    expect(retryAfterMs(failures, 5, now)).toBe(5 * 60_000);
    expect(retryAfterMs([0, 0, 0, 0, 0].map(minutesAgo), 5, now)).toBe(WINDOW_MS);
  });

  it("never goes below zero", () => {
    expect(retryAfterMs([20, 21, 22, 23, 24].map(minutesAgo), 5, now)).toBe(0);
  });
});

describe("minutesToWait", () => {
  it.each([
    [1, 1],
    [60_000, 1],
    [60_001, 2],
    [WINDOW_MS, 15],
  ])("%i ms -> %i minutes", (ms, minutes) => expect(minutesToWait(ms)).toBe(minutes));
});
