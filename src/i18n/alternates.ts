import { defaultLocale, isLocale, locales, type Locale } from './config.ts';
import { href, localePrefix } from '../lib/paths.ts';

const base = href('/');

/**
 * The same page in every language, from the address of the page being built: every page
 * under src/pages/[...lang]/ exists in each language at the same path after the prefix.
 */
export function alternates(pathname: string): { locale: Locale; href: string }[] {
  const inSite = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const [first, ...others] = inSite.split('/');
  const rest = isLocale(first) && first !== defaultLocale ? others.join('/') : inSite;
  return locales.map((locale) => ({ locale, href: href(localePrefix(locale) + rest) }));
}
