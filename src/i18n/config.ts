/**
 * The interface languages, in the order the language switcher lists them. Adding one is a line
 * here and its strings file beside this one (src/i18n/<code>.ts, the shape of en.ts); see
 * CONTRIBUTING.md. The first is the default and stays at the site's root; the others live
 * under /<code>/. `intl` is the tag numbers, dates and sorting follow (British English, not US).
 */
export const localeConfig = [
  { code: 'en', name: 'English', intl: 'en-GB' },
  { code: 'it', name: 'Italiano', intl: 'it-IT' },
  { code: 'fr', name: 'Français', intl: 'fr-FR' },
  { code: 'es', name: 'Español', intl: 'es-ES' },
  { code: 'de', name: 'Deutsch', intl: 'de-DE' },
] as const;

export type Locale = (typeof localeConfig)[number]['code'];

// ATLAS_LANGUAGES=en,it builds only those languages (the benchmark's one-language build, or a
// quicker preview); unset, every language above. The default language is always built.
const only = typeof process === 'undefined' ? undefined : process.env['ATLAS_LANGUAGES']?.split(',').map((l) => l.trim());
export const locales: readonly Locale[] = localeConfig.map((l) => l.code).filter((code, i) => i === 0 || !only || only.includes(code));
export const defaultLocale: Locale = localeConfig[0].code;

export const isLocale = (code: string | undefined): code is Locale => code !== undefined && (locales as readonly string[]).includes(code);
