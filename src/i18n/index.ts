import { en, type Strings } from './en.ts';

/** Interface locales; pages ask for strings by locale so another can be added without touching them. */
export const locales = { en } satisfies Record<string, Strings>;
export type Locale = keyof typeof locales;
export const defaultLocale: Locale = 'en';

export function strings(locale: Locale = defaultLocale): Strings {
  return locales[locale];
}

/** "FR" → "France", in the interface language. */
export function countryName(code: string, locale: Locale = defaultLocale): string {
  return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}

/** "ca" → "Catalan", in the interface language. */
export function languageName(tag: string, locale: Locale = defaultLocale): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
}
