/**
 * A small iCalendar (RFC 5545) writer for the tour calendars.
 *
 * Hand-written rather than ical-generator: that library turns every date into a JS
 * Date, so a floating local time ("09:30 in Lyon") came out as 13:30 when the build ran
 * with TZ=America/New_York, and it leaves the last line without its CRLF. Tours state
 * wall-clock times and calendar dates only, so this writer works on those strings and
 * never goes through a Date.
 */

/** A calendar date (YYYY-MM-DD), or a floating local date-time (YYYY-MM-DD + HH:MM). */
export type IcsWhen = { date: string } | { date: string; time: string };

export interface IcsEvent {
  /** Stable across builds, so a re-imported calendar updates events rather than doubling them. */
  uid: string;
  summary: string;
  start: IcsWhen;
  /**
   * All-day events: the day after the last (RFC 5545 DTEND is exclusive). Timed events
   * leave it out, because no source states when a meeting ends; RFC 5545 then reads the
   * event as ending when it starts (3.6.1), which invents no duration.
   */
  end?: IcsWhen;
  description?: string;
  location?: string;
  url?: string;
}

export interface IcsCalendar {
  /** Identifies the product that wrote the file: "-//Practice Atlas//Study tours//EN". */
  prodId: string;
  name?: string;
  /** Language of the text (BCP 47), given on every summary and description. */
  language?: string | undefined;
  /** When the information was written, for DTSTAMP (UTC). */
  stamp: Date;
  events: IcsEvent[];
}

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // Other control characters are not allowed in TEXT at all.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

const encoder = new TextEncoder();

/**
 * Folds one content line so no line exceeds 75 octets (RFC 5545 3.1): continuation
 * lines start with a space, which counts. Splits between code points, never inside a
 * multi-octet UTF-8 character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (date: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`iCalendar: "${date}" is not a date as YYYY-MM-DD`);
  return date.replace(/-/g, '');
};

const compactTime = (time: string): string => {
  if (!/^\d{2}:\d{2}$/.test(time)) throw new Error(`iCalendar: "${time}" is not a time as HH:MM`);
  return `${time.replace(':', '')}00`;
};

/** DTSTART/DTEND: VALUE=DATE for whole days, floating DATE-TIME (no Z, no TZID) for local times. */
function dateProperty(name: 'DTSTART' | 'DTEND', when: IcsWhen): string {
  return 'time' in when ? `${name}:${compactDate(when.date)}T${compactTime(when.time)}` : `${name};VALUE=DATE:${compactDate(when.date)}`;
}

/** UTC date-time form for DTSTAMP: 20260511T093000Z. */
export const utcStamp = (d: Date): string =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function eventLines(e: IcsEvent, stamp: string, language?: string): string[] {
  // RFC 5545 3.2.10: the language of a text property, so a calendar can speak the brief's language.
  const lang = language ? `;LANGUAGE=${language}` : '';
  const lines = ['BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${stamp}`, dateProperty('DTSTART', e.start)];
  if (e.end) lines.push(dateProperty('DTEND', e.end));
  lines.push(`SUMMARY${lang}:${escapeText(e.summary)}`);
  if (e.description) lines.push(`DESCRIPTION${lang}:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  // URL is a URI value, not TEXT: it is not escaped.
  if (e.url) lines.push(`URL:${e.url}`);
  lines.push('END:VEVENT');
  return lines;
}

/** The whole file: every content line folded and ended by CRLF, the last one included. */
export function formatCalendar(cal: IcsCalendar): string {
  const stamp = utcStamp(cal.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${cal.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    // Not RFC 5545, but the name calendar programs show for an imported file.
    ...(cal.name ? [`X-WR-CALNAME:${escapeText(cal.name)}`] : []),
    ...cal.events.flatMap((e) => eventLines(e, stamp, cal.language)),
    'END:VCALENDAR',
  ];
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}

/** The day after a YYYY-MM-DD date, computed in UTC so the build's time zone cannot shift it. */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Every date from start to end, both included. */
export function daysBetween(start: string, end: string = start): string[] {
  const days: string[] = [];
  // Bounded as well as checked (a tour lasts at most a month): a day past 9999 would
  // compare below its predecessor and never end the loop.
  for (let d = start; d <= end && days.length <= 366; d = nextDay(d)) days.push(d);
  return days;
}
