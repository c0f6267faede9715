/**
 * An entry as a reader of one language sees it: the original's facts with its text replaced
 * by a translation's where one exists (src/schemas/translation.ts), and a record of which
 * language each part is in, so a page can mark original-language text with `lang` and say
 * that no translation exists.
 */
import type { Locale } from '../i18n/config.ts';
import type { TranslationInfo } from '../schemas/translation.ts';
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
    for (const [key, value] of Object.entries(translated)) if (key !== 'translation' && key !== 'id' && key in original) out[key] = overlay(original[key], value);
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
