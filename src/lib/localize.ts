/**
 * An entry as a reader of one language sees it: the original's facts with its text replaced
 * by a translation's where one exists (src/schemas/translation.ts), and a record of which
 * language each part is in, so a page can mark original-language text with `lang` and say
 * that no translation exists.
 */
import type { Locale } from '../i18n/config.ts';
import { ownLists, type TranslationInfo } from '../schemas/translation.ts';
import type { Entry } from './types.ts';

export interface TextInfo {
  /** The language the original is written in. */
  original: string;
  /** The translation shown, when there is one in the reader's language. */
  translation?: (TranslationInfo & { lang: Locale }) | undefined;
  /** The language of the body shown: the translation's when it translates the body. */
  bodyLang: string;
  /** The Astro entry to render the body from: the translation's, or the original's. */
  render: { collection: string; id: string };
  /** Top-level fields the translation gives, so the others are known to be in the original's language. */
  translated: ReadonlySet<string>;
}

export type Localized<E> = E & { text: TextInfo };

interface TranslationEntry {
  id: string;
  data: Record<string, unknown> & { translation: TranslationInfo };
  body?: string | undefined;
}

type Data = Record<string, unknown>;
const isObject = (v: unknown): v is Data => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The original's data with the translation's text laid over it, list items by position. */
export function overlay<T>(original: T, translated: unknown): T {
  if (typeof translated === 'string') return translated as T;
  if (Array.isArray(original) && Array.isArray(translated)) {
    const items = translated as unknown[];
    return original.map((item: unknown, i) => (items[i] === undefined ? item : overlay(item, items[i]))) as T;
  }
  if (isObject(original) && isObject(translated)) {
    const out: Data = { ...original };
    for (const [key, value] of Object.entries(translated)) {
      if (ownLists.has(key)) out[key] = value; // the translation's own list replaces the original's
      else if (key !== 'translation' && key !== 'id' && key in original) out[key] = overlay(original[key], value);
    }
    return out as T;
  }
  return original;
}

/** Translations of one collection, by original id, for one language. */
export function translationsIn(entries: readonly TranslationEntry[], locale: Locale): Map<string, TranslationEntry> {
  const suffix = `.${locale}`;
  const found = new Map<string, TranslationEntry>();
  for (const t of entries) if (t.id.endsWith(suffix)) found.set(t.id.slice(0, -suffix.length), t);
  return found;
}

/** Every entry of a collection as a reader of `locale` sees it. */
export function localizeAll<D extends object, E extends Entry<D>>(
  entries: readonly E[],
  translations: ReadonlyMap<string, TranslationEntry>,
  locale: Locale,
  collection: string,
  translationCollection: string,
): Localized<E>[] {
  return entries.map((entry) => {
    const original = (entry.data as { lang?: string }).lang ?? 'en';
    const t = original === locale ? undefined : translations.get(entry.id);
    const hasBody = Boolean(t?.body?.trim());
    const text: TextInfo = {
      original,
      translation: t ? { ...t.data.translation, lang: locale } : undefined,
      bodyLang: hasBody ? locale : original,
      render: hasBody ? { collection: translationCollection, id: t!.id } : { collection, id: entry.id },
      translated: new Set(t ? Object.keys(t.data).filter((k) => k !== 'translation' && k !== 'id') : []),
    };
    if (!t) return { ...entry, text };
    return { ...entry, data: overlay(entry.data, t.data), ...(hasBody ? { body: t.body } : {}), text };
  });
}

/** The language a field of a localized entry is shown in: the translation's if it translates it. */
export function fieldLang(entry: { text?: TextInfo }, field: string): string | undefined {
  const text = entry.text;
  if (!text) return undefined;
  return text.translation && text.translated.has(field) ? text.translation.lang : text.original;
}

/**
 * The `lang` attribute a field of a localized entry needs on a page in `locale`: the field's
 * language when it is another than the page's (an untranslated original), else none.
 */
export function langFor(entry: { text?: TextInfo }, field: string, locale: string): string | undefined {
  const lang = fieldLang(entry, field);
  return lang && lang !== locale ? lang : undefined;
}

/**
 * The text record of an entry that has no translations (a trail): all of it in its original
 * language, so pages mark it with `lang` and show the untranslated notice like any other.
 */
export function untranslated<E extends { id: string; data: object }>(entry: E, original: string, collection: string): Localized<E> {
  return { ...entry, text: { original, bodyLang: original, render: { collection, id: entry.id }, translated: new Set() } };
}

/**
 * The editors' own language: a source's description, the translation of an excerpt, and a
 * trail's text (with where in its source each stage is) are written in it.
 */
export const editorsLang = 'en';

/** The language a source's title is in: the document's, unless the editors gave it one. */
export const sourceTitleLang = (d: { lang: string; descriptiveTitle?: boolean | undefined }): string => (d.descriptiveTitle ? editorsLang : d.lang);

/** The `lang` attribute text in `lang` needs on a page in `locale`: only when they differ. */
export const otherThan = (lang: string | undefined, locale: string): string | undefined => (lang && lang !== locale ? lang : undefined);
