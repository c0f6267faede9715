import { en, type Strings } from './en.ts';

/** Interface locales; pages ask for strings by locale so another can be added without touching them. */
export const locales = { en } satisfies Record<string, Strings>;
export type Locale = keyof typeof locales;
export const defaultLocale: Locale = 'en';

export function strings(locale: Locale = defaultLocale): Strings {
  return locales[locale];
}

// Building an Intl.DisplayNames is far costlier than asking one; every page asks many times.
const displayNames = new Map<string, Intl.DisplayNames>();
function names(locale: Locale, type: 'region' | 'language'): Intl.DisplayNames {
  const key = `${locale}:${type}`;
  let found = displayNames.get(key);
  if (!found) displayNames.set(key, (found = new Intl.DisplayNames([locale], { type })));
  return found;
}

/** "FR" → "France", in the interface language. */
export function countryName(code: string, locale: Locale = defaultLocale): string {
  return names(locale, 'region').of(code) ?? code;
}

/** "ca" → "Catalan", in the interface language. */
export function languageName(tag: string, locale: Locale = defaultLocale): string {
  return names(locale, 'language').of(tag) ?? tag;
}
