import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { contentDir } from '../lib/content-dir.ts';
import { lastCommitDates } from '../lib/provenance.ts';
import { defaultLocale, locales } from '../i18n/config.ts';
import { collections, entryCollectionNames, entryExt } from '../lib/collections.ts';

// "it/cases/x/" is the page of "cases/x/" in Italian: the same content file, the same date.
const localeFolder = new RegExp(`^(?:${locales.filter((l) => l !== defaultLocale).join('|') || '(?!)'})/`);

/** The sitemap index the site publishes and robots.txt points to. */
export const sitemapFile = 'sitemap-index.xml';

/** The content file behind a page, for the collections with one file per entry and a page of their own (src/lib/collections.ts). */
const sources: [RegExp, (id: string) => string][] = entryCollectionNames
  .filter((name) => collections[name].routes.length > 0)
  .map((name) => [new RegExp(`^${collections[name].routes[0]}\\/([^/]+)\\/$`), (id) => join(name, `${id}${entryExt(name)}`)]);

/** When the content of a page (path relative to the base) last changed, from git; undefined if unknown. */
export function pageLastmod(relative: string, dates: Map<string, string>, dir = contentDir()): string | undefined {
  for (const [pattern, file] of sources) {
    const id = pattern.exec(relative)?.[1];
    if (id) return dates.get(join(dir, file(id)));
  }
  return undefined;
}

/**
 * Every built page in the sitemap (the not-found pages left out), with the date its content
 * file last changed where git knows it, and each page's other languages as
 * `xhtml:link rel="alternate" hreflang` siblings.
 * Only added when the site has an address: a sitemap holds full addresses by definition.
 */
export function sitemapIntegration(root: string): AstroIntegration {
  let dates: Map<string, string> | undefined;
  return sitemap({
    i18n: { defaultLocale, locales: Object.fromEntries(locales.map((l) => [l, l])) },
    filter: (page) => !/\/404\/?$/.test(page),
    serialize(item) {
      dates ??= lastCommitDates(contentDir());
      const relative = (item.url.startsWith(root) ? item.url.slice(root.length) : '').replace(localeFolder, '');
      const lastmod = pageLastmod(relative, dates);
      return lastmod ? { ...item, lastmod } : item;
    },
  });
}
