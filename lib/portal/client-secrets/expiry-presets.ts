import { daysLabel } from "@/lib/kernel/time/days-label";
import { DAY } from "@/lib/kernel/time/durations";

// The expiries the console offers for a new client secret (the API takes any expires_in up to
// the schema's maximum). `expires_in` is in seconds, as in the REST API.
const SECRET_EXPIRY_PRESET_DAYS = [30, 90, 180, 365] as const;

export const secretExpiryOptions = [
  { value: "", label: "Never (until revoked)" },
  ...SECRET_EXPIRY_PRESET_DAYS.map((days) => ({ value: String(days * DAY), label: `In ${daysLabel(days)}` })),
];
