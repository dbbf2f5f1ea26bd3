/** Dates rendered on the server in one fixed format, so server and client markup agree. */
const FMT = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function Time({ date, withTime = true }: { date: Date; withTime?: boolean }) {
  return (
    <time dateTime={date.toISOString()}>
      {(withTime ? FMT : DAY).format(date)}
      {withTime ? " UTC" : ""}
    </time>
  );
}
