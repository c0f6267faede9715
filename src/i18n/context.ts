import { defaultLocale, isLocale, localeConfig, type Locale } from './config.ts';
import { countryName, languageName, strings, type Strings } from './index.ts';
import type { Plural } from './messages.ts';
import { localePaths, type Paths } from '../lib/paths.ts';

/**
 * Everything a page needs to speak its reader's language, made once per language: the
 * strings, the addresses of its pages, and formatters for counts, numbers, dates, lists and
 * sorting that follow the language's own rules (Intl), never English's.
 */
export interface I18n {
  locale: Locale;
  /** The tag Intl formats with (en-GB, it-IT…). */
  intl: string;
  s: Strings;
  paths: Paths;
  /** "3 casi di studio": the count worded by the language's plural rules. */
  plural: (message: Plural, n: number) => string;
  number: (n: number) => string;
  /** A date as precise as it is written: "2017", "May 2017", "15 May 2017". */
  date: (iso: string) => string;
  /** "May 2017 – June 2018"; an open period shows only its start. */
  period: (period: { start: string; end?: string | undefined }) => string;
  /** A tour's days as one phrase ("30 May – 2 June 2026"), the range shortened by Intl. */
  dayRange: (dates: { start: string; end?: string | undefined }) => string;
  /** "Monday, 11 May 2026". */
  weekday: (iso: string) => string;
  /** "A, B and C", "A, B e C", "A, B et C". */
  list: (items: readonly string[], type?: 'conjunction' | 'disjunction' | 'unit') => string;
  /** The same list in parts, so each item can be marked up on its own (src/components/Names.astro). */
  listParts: (items: readonly string[]) => { type: 'element' | 'literal'; value: string }[];
  compare: (a: string, b: string) => number;
  /** Items sorted by a text key as the language sorts it (accents, case). */
  sortBy: <T>(items: readonly T[], key: (item: T) => string) => T[];
  country: (code: string) => string;
  language: (tag: string) => string;
}

const contexts = new Map<Locale, I18n>();

export function i18nFor(locale: Locale = defaultLocale): I18n {
  const found = contexts.get(locale);
  if (found) return found;
  const intl = localeConfig.find((l) => l.code === locale)!.intl;
  const rules = new Intl.PluralRules(intl);
  const numbers = new Intl.NumberFormat(intl);
  const collator = new Intl.Collator(intl, { sensitivity: 'base', numeric: true });
  const lists = new Map<string, Intl.ListFormat>();
  const listFormat = (type: Intl.ListFormatType) => {
    let format = lists.get(type);
    if (!format) lists.set(type, (format = new Intl.ListFormat(intl, { type })));
    return format;
  };
  const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const years = new Intl.DateTimeFormat(intl, { year: 'numeric', timeZone: 'UTC' });
  const months = new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const days = new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const weekdays = new Intl.DateTimeFormat(intl, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const context: I18n = {
    locale,
    intl,
    s: strings(locale),
    paths: localePaths(locale),
    plural: (message, n) => {
      const text = n === 0 && message.none !== undefined ? message.none : (message[rules.select(n)] ?? message.other);
      return text.replaceAll('{n}', numbers.format(n));
    },
    number: (n) => numbers.format(n),
    date: (iso) => {
      if (/^\d{4}$/.test(iso)) return years.format(utc(`${iso}-01-01`));
      if (/^\d{4}-\d{2}$/.test(iso)) return months.format(utc(`${iso}-01`));
      if (/^\d{4}-\d{2}-\d{2}/.test(iso)) return days.format(utc(iso.slice(0, 10)));
      return iso;
    },
    period: (p) => (p.end ? `${context.date(p.start)} – ${context.date(p.end)}` : `${context.date(p.start)} –`),
    dayRange: (d) => (d.end && d.end !== d.start ? days.formatRange(utc(d.start), utc(d.end)) : days.format(utc(d.start))),
    weekday: (iso) => weekdays.format(utc(iso)),
    list: (items, type = 'conjunction') => listFormat(type).format(items),
    listParts: (items) => listFormat('conjunction').formatToParts(items),
    compare: (a, b) => collator.compare(a, b),
    sortBy: (items, key) => [...items].sort((a, b) => collator.compare(key(a), key(b))),
    country: (code) => countryName(code, locale),
    language: (tag) => languageName(tag, locale),
  };
  contexts.set(locale, context);
  return context;
}

/** The context of the page being rendered: its language comes from the route's `lang` parameter. */
export function i18n(astro: { params: Record<string, string | undefined> }): I18n {
  const lang = astro.params.lang;
  return i18nFor(isLocale(lang) ? lang : defaultLocale);
}
