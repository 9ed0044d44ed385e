import { describe, expect, it } from "vitest";
import { DAY, durationWords, HOUR, MINUTE } from "./durations";

describe("durationWords", () => {
  it.each([
    [30, "30 seconds"],
    [MINUTE, "1 minute"],
    [30 * MINUTE, "30 minutes"],
    [90 * MINUTE, "90 minutes"],
    [HOUR, "1 hour"],
    [DAY, "24 hours"],
    [7 * DAY, "7 days"],
  ])("%i s -> %s", (seconds, words) => expect(durationWords(seconds)).toBe(words));
});
