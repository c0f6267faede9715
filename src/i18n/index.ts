import { defaultLocale, localeConfig, type Locale } from './config.ts';
import type { Strings } from './strings/en.ts';

export { defaultLocale, isLocale, locales, type Locale } from './config.ts';
export type { Strings } from './strings/en.ts';

// Each strings file exports its dictionary under its language code (strings/it.ts → `it`);
// the type annotation in each file makes a missing or extra key a type error.
const files = import.meta.glob<Record<string, Strings>>('./strings/*.ts', { eager: true });
const dictionaries = new Map<string, Strings>();
for (const [path, module] of Object.entries(files)) {
  const code = path.replace(/^.*\/|\.ts$/g, '');
  const dictionary = module[code];
  if (dictionary) dictionaries.set(code, dictionary);
}
for (const { code } of localeConfig) {
  if (!dictionaries.has(code)) throw new Error(`src/i18n/config.ts lists "${code}" but src/i18n/strings/${code}.ts does not export \`${code}\``);
}

export function strings(locale: Locale = defaultLocale): Strings {
  return dictionaries.get(locale)!;
}

/** The languages as the switcher names them, each in its own language. */
export const localeNames: Readonly<Record<Locale, string>> = Object.fromEntries(localeConfig.map((l) => [l.code, l.name])) as Record<Locale, string>;

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
