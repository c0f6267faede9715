import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { daysBetween, escapeText, foldLine, formatCalendar, nextDay } from '../../src/lib/ical.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;
const stamp = new Date('2026-01-02T03:04:05.678Z');

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of newline', () => {
    expect(escapeText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
    expect(escapeText('one\ntwo\r\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour');
  });

  it('escapes the backslash first, so an escape is never doubled', () => {
    expect(escapeText('\\;')).toBe('\\\\\\;');
  });

  it('drops control characters TEXT may not hold, keeping tabs', () => {
    expect(escapeText('a\u0007b\tc')).toBe('ab\tc');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds the 76th onto a continuation line', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('keeps every physical line within 75 octets, the leading space included', () => {
    const folded = foldLine(`DESCRIPTION:${'Auvergne-Rhône-Alpes, Catalunya i València — '.repeat(12)}`);
    for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('never splits a multi-octet character, and unfolds to the original line', () => {
    const line = `SUMMARY:${'é'.repeat(40)}${'😀'.repeat(30)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n'))
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part))).not.toThrow();
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('formatCalendar', () => {
  const text = formatCalendar({
    prodId: '-//Test//Test//EN',
    name: 'A tour; with, marks',
    stamp,
    events: [
      { uid: 'day-1@test', summary: 'Day one', start: { date: '2026-05-11' }, end: { date: '2026-05-12' } },
      {
        uid: 'stop-1@test',
        summary: 'Meeting, then lunch; bring notes\\papers',
        start: { date: '2026-05-11', time: '09:30' },
        description: `First line\nSecond line ${'long '.repeat(30)}`,
        location: '1 Fixture Street, Alpha',
        url: 'https://example.org/tours/a/',
      },
    ],
  });

  it('ends every line, the last included, with CRLF and has no bare LF', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('carries the required calendar properties', () => {
    const lines = text.split('\r\n');
    expect(lines.slice(0, 4)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Test//EN', 'CALSCALE:GREGORIAN']);
    expect(lines).toContain('DTSTAMP:20260102T030405Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20260511');
    expect(lines).toContain('DTEND;VALUE=DATE:20260512');
    // A floating local time: no Z, no TZID, so 09:30 stays 09:30 in the host region.
    expect(lines).toContain('DTSTART:20260511T093000');
  });

  it('parses with ical.js back to the same values', () => {
    const vcal = new ICAL.Component(ICAL.parse(text));
    const events = vcal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toEqual(['day-1@test', 'stop-1@test']);
    const [day, stop] = events as [ICAL.Event, ICAL.Event];
    expect(day.startDate.isDate).toBe(true);
    expect(day.endDate.toString()).toBe('2026-05-12');
    expect(stop.startDate.toString()).toBe('2026-05-11T09:30:00');
    expect(stop.startDate.zone?.tzid).toBe('floating');
    expect(stop.summary).toBe('Meeting, then lunch; bring notes\\papers');
    expect(stop.location).toBe('1 Fixture Street, Alpha');
    expect(stop.description).toBe(`First line\nSecond line ${'long '.repeat(30)}`);
    // ical.js reads unknown X- properties raw; calendar programs read this one as TEXT.
    expect(vcal.getFirstPropertyValue('x-wr-calname')).toBe('A tour\\; with\\, marks');
  });

  it('refuses a date or time that is not in the stated form', () => {
    const bad = (start: { date: string; time?: string }) => () =>
      formatCalendar({ prodId: 'x', stamp, events: [{ uid: 'u', summary: 's', start: start as { date: string } }] });
    expect(bad({ date: '11/05/2026' })).toThrow(/YYYY-MM-DD/);
    expect(bad({ date: '2026-05-11', time: '9.30' })).toThrow(/HH:MM/);
  });
});

describe('calendar days', () => {
  it('steps over month and year ends whatever the time zone', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(daysBetween('2026-10-30', '2026-11-02')).toEqual(['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02']);
    expect(daysBetween('2026-05-11')).toEqual(['2026-05-11']);
  });
});
