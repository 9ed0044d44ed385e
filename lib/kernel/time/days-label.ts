/** A whole number of days in words for expiry pickers: "1 day", "30 days", "1 year". */
export function daysLabel(days: number): string {
  if (days % 365 === 0) return days === 365 ? "1 year" : `${days / 365} years`;
  return days === 1 ? "1 day" : `${days} days`;
}
