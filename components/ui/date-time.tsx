// Dates rendered on the server, in UTC so that server and browser agree; the full instant is in the
// tooltip and the datetime attribute.
const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export const formatDate = (value: Date) => dateFormat.format(value);

export function DateTime({ value }: { value: Date }) {
  const iso = value.toISOString();
  return (
    <time dateTime={iso} title={iso.replace("T", " ").replace(/\.\d+Z$/, " UTC")}>
      {formatDate(value)}
    </time>
  );
}
