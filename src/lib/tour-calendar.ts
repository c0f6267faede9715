/**
 * A tour's calendar: one all-day event for each day of the tour, and one timed event
 * for each stop whose day and time the programme states. Stops with a day but no time
 * are listed in that day's all-day event rather than given an invented hour.
 */
import type { Atlas } from './atlas.ts';
import { daysBetween, formatCalendar, nextDay, type IcsEvent } from './ical.ts';
import { strings, type Locale } from '../i18n/index.ts';
import type { TourEntry } from './types.ts';

export interface CalendarOptions {
  /** Full address of the tour's brief, put in every event; left out when the site has none. */
  briefUrl?: string | undefined;
  /** Host name that makes UIDs globally unique (RFC 5545 3.8.4.7 suggests a domain). */
  uidDomain: string;
  stamp: Date;
  locale?: Locale;
}

/** The events of a tour with dates; none for a tour without. */
export function tourEvents(atlas: Atlas, tour: TourEntry, opts: Omit<CalendarOptions, 'stamp'>): IcsEvent[] {
  const d = tour.data;
  if (!d.dates) return [];
  const { brief: s, tours, punctuation } = strings(opts.locale);
  const orgName = (id: string) => atlas.organisationById.get(id)?.data.name ?? id;
  const caseTitles = (ids: { id: string }[] = []) => ids.map((c) => atlas.caseById.get(c.id)?.data.title ?? c.id);
  const stops = d.stops ?? [];
  const stopLine = (stop: (typeof stops)[number]) =>
    [`${stop.time ? `${stop.time} ` : ''}${orgName(stop.organisation.id)}${stop.topic ? `${punctuation.colon} ${stop.topic}` : ''}`, stop.address]
      .filter(Boolean)
      .join(' — ');

  const brief = opts.briefUrl ? [s.calendarBrief(opts.briefUrl)] : [];
  const link = opts.briefUrl ? { url: opts.briefUrl } : {};

  const days = daysBetween(d.dates.start, d.dates.end);
  const allDay: IcsEvent[] = days.map((day, i) => {
    const onDay = stops.filter((stop) => stop.day === day);
    return {
      uid: `${tour.id}-${day}@${opts.uidDomain}`,
      summary: days.length > 1 ? s.calendarDay(d.title, i + 1, days.length) : d.title,
      start: { date: day },
      end: { date: nextDay(day) },
      description: [d.summary, ...onDay.map(stopLine), ...brief].join('\n'),
      ...link,
    };
  });

  const timed: IcsEvent[] = stops.flatMap((stop, i) =>
    stop.day && stop.time
      ? [
          {
            uid: `${tour.id}-stop-${i + 1}@${opts.uidDomain}`,
            summary: s.calendarStop(orgName(stop.organisation.id), stop.topic ?? ''),
            start: { date: stop.day, time: stop.time },
            description: [d.title, ...(stop.cases?.length ? [`${tours.toSee}${punctuation.colon} ${caseTitles(stop.cases).join('; ')}`] : []), ...brief].join(
              '\n',
            ),
            ...(stop.address ? { location: stop.address } : {}),
            ...link,
          },
        ]
      : [],
  );
  return [...allDay, ...timed];
}

/** The .ics file of a tour, or undefined when the tour has no dates. */
export function tourCalendar(atlas: Atlas, tour: TourEntry, opts: CalendarOptions): string | undefined {
  if (!tour.data.dates) return undefined;
  const s = strings(opts.locale);
  return formatCalendar({
    prodId: `-//${s.siteName}//${s.brief.calendarProduct}//${(opts.locale ?? 'en').toUpperCase()}`,
    name: tour.data.title,
    language: opts.locale ?? 'en',
    stamp: opts.stamp,
    events: tourEvents(atlas, tour, opts),
  });
}
