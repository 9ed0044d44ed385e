import { DAY_MS } from "@/lib/kernel/time/durations";

// The console's create form in the REST input's shape (POST /registration-tokens), so the one
// schema in ./schemas.ts judges both; the form offers whole days, the contract counts seconds.
export const REGISTRATION_TOKEN_EXPIRY_DAYS = [1, 7, 30, 90] as const;

const toNumber = (value: FormDataEntryValue | null) =>
  typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value.trim()) : value;

export function registrationTokenFormValues(form: FormData) {
  const days = toNumber(form.get("expires_in"));
  return {
    name: form.get("name"),
    expires_in: typeof days === "number" ? (days * DAY_MS) / 1000 : days,
    max_registrations: toNumber(form.get("max_registrations")),
  };
}
