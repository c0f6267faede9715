/** "2026-05-11" → "Monday, 11 May 2026", read in UTC so the build's time zone cannot move the day. */
export function formatDay(date: string, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** A tour's dates as one phrase ("30 May – 2 June 2026"), the range shortened by Intl. */
export function formatDates(dates: { start: string; end?: string | undefined }, locale = 'en-GB'): string {
  const f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const start = new Date(`${dates.start}T00:00:00Z`);
  return dates.end && dates.end !== dates.start ? f.formatRange(start, new Date(`${dates.end}T00:00:00Z`)) : f.format(start);
}
