import { describe, expect, it } from "vitest";
import { addUtcDays, isCalendarDay, utcDay, utcDayLabel, utcDaysBetween } from "./utc-day";

describe("UTC days", () => {
  it("labels a moment by its UTC day, whatever the local time zone says", () => {
    expect(utcDay(new Date("2026-11-28T23:59:59.999Z"))).toBe("2026-11-28");
    expect(utcDay(new Date("2026-11-29T00:00:00+02:00"))).toBe("2026-11-28");
  });

  it("counts and steps across months and leap days", () => {
    expect(addUtcDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addUtcDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(utcDaysBetween("2026-01-01", "2026-12-31")).toBe(364);
    expect(utcDaysBetween("2026-01-02", "2026-01-01")).toBe(-1);
  });

  it("knows a calendar day from a string of the same shape", () => {
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2026-13-01")).toBe(false);
  });

  it("writes a day as the console writes dates, never as 12-06", () => {
    expect(utcDayLabel("2026-12-06")).toBe("Dec 6");
    expect(utcDayLabel("2026-12-06", true)).toBe("Dec 6, 2026");
  });
});
