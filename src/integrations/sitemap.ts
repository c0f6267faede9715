import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

/** The sitemap index the site publishes and robots.txt points to. */
export const sitemapFile = 'sitemap-index.xml';

/**
 * Every built page in the sitemap (the 404 page is left out by the integration). When the
 * site has pages in several languages, pass `i18n: { defaultLocale, locales }` here and
 * each entry gains its `xhtml:link rel="alternate" hreflang` siblings.
 * Only added when the site has an address: a sitemap holds full addresses by definition.
 */
export function sitemapIntegration(): AstroIntegration {
  return sitemap();
}
