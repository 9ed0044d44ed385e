// How an audit event's details read to a person (ARCHITECTURE.md "Audit log"): each key in words,
// each known code in words, a time as a time, yes/no for a flag. The stored details keep their
// machine shape (REST gives them as they are); only the console's feeds and the export use this.
const KEY_WORDS: Record<string, string> = {
  change: "What",
  method: "With",
  sessions: "Sessions ended",
  sessionsEnded: "Sessions ended",
  others: "Other browsers only",
  everywhere: "Everywhere",
  appsDeleted: "Apps deleted",
  appsDisconnected: "Apps disconnected",
  tokensRevoked: "Tokens revoked",
  secretsRevoked: "Secrets revoked",
  secret_id: "Secret",
  expires_at: "Expires",
  application_type: "Kind of app",
  max_registrations: "Registrations allowed",
  approved_scopes: "Approved permissions",
  removed_scopes: "Permissions removed",
  changedFields: "Changed",
  via: "Through",
  alg: "Algorithm",
  retiring: "Now retiring",
  was: "Was",
  attempts: "Attempts",
  failure: "Last failure",
  initiated_by: "Signed out by",
};

const VALUE_WORDS: Record<string, string> = {
  totp_enrolled: "Authenticator app turned on",
  totp_removed: "Authenticator app turned off",
  recovery_codes_regenerated: "New recovery codes made",
  passkey: "A passkey",
  federation: "Another identity provider",
  token: "An initial access token",
  open: "Open registration",
  web: "Web application",
  spa: "Single-page app",
  native: "Native or mobile app",
  m2m: "Machine to machine",
  rp: "The app's own sign-out",
};

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
// An id (UUID, or a long hex or base64url token id): only its end means anything to a reader.
const OPAQUE_ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9_-]{24,})$/;

export type DetailWord = { label: string; value: string | { time: string } };

/** One detail as words; a time stays a time, for the viewer's own zone. */
export function detailWords(key: string, value: unknown): DetailWord {
  const label = KEY_WORDS[key] ?? key.charAt(0).toUpperCase() + key.slice(1).replaceAll("_", " ");
  return { label, value: valueWords(value) };
}

function valueWords(value: unknown): DetailWord["value"] {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.map((item) => String(valueWords(item))).join(", ") || "—";
  if (typeof value === "object") return JSON.stringify(value);
  const text = String(value);
  if (ISO_TIME.test(text)) return { time: text };
  if (OPAQUE_ID.test(text)) return `…${text.slice(-6)}`;
  return VALUE_WORDS[text] ?? text;
}
