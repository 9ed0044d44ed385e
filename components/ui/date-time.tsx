// Dates rendered on the server, in UTC so that server and browser agree; the full instant is in the
// tooltip and the datetime attribute.
const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const formatDate = (value: Date) => dateFormat.format(value);

/** A date (or, `withTime`, a date and time in UTC, for activity). */
export function DateTime({ value, withTime = false }: { value: Date; withTime?: boolean }) {
  const iso = value.toISOString();
  return (
    <time dateTime={iso} title={iso.replace("T", " ").replace(/\.\d+Z$/, " UTC")}>
      {withTime ? `${dateTimeFormat.format(value)} UTC` : formatDate(value)}
    </time>
  );
}
