import { defaultLocale, locales, type Locale } from './config.ts';

/** The `lang` route parameter of a language: none for the default, which lives at the root. */
export const langParam = (locale: Locale): string | undefined => (locale === defaultLocale ? undefined : locale);

/**
 * A page's static paths in every language: `make` gives one language's paths, and each gets
 * the `lang` parameter of src/pages/[...lang]/ (so /cases/x/, /it/cases/x/, …).
 */
export async function eachLocale<P extends { params?: Record<string, string | undefined>; props?: object }>(
  make: (locale: Locale) => P[] | Promise<P[]>,
): Promise<(P & { params: { lang: string | undefined } })[]> {
  const all = await Promise.all(locales.map(async (locale) => (await make(locale)).map((p) => ({ ...p, params: { ...p.params, lang: langParam(locale) } }))));
  return all.flat();
}

/** The static paths of a page that exists once per language. */
export const localeRoutes = () => locales.map((locale) => ({ params: { lang: langParam(locale) } }));
