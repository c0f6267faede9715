import type { Atlas } from './atlas.ts';
import { locales, type Locale } from '../i18n/config.ts';
import { localePrefix } from './paths.ts';

/**
 * The kinds of page search covers, in the order its "Kind of page" filter lists them.
 * Adding a kind is one line here (its id, the folder its pages are built into and its
 * entries), its label in the strings (search.kinds), and `searchKind` on its page's <Base>.
 */
export const searchKinds = [
  { kind: 'case', folder: 'cases', entries: (atlas: Atlas) => atlas.cases },
  { kind: 'tour', folder: 'tours', entries: (atlas: Atlas) => atlas.tours },
  { kind: 'region', folder: 'regions', entries: (atlas: Atlas) => atlas.regions },
  { kind: 'organisation', folder: 'organisations', entries: (atlas: Atlas) => atlas.organisations },
  { kind: 'project', folder: 'projects', entries: (atlas: Atlas) => atlas.projects },
  { kind: 'source', folder: 'sources', entries: (atlas: Atlas) => atlas.sources },
] as const;

export type SearchKind = (typeof searchKinds)[number]['kind'];

/**
 * The built pages search reads, relative to the site: one page per entry of each kind, in
 * every language (a region's brief, one folder deeper, is not matched); `searchablePagesIn`
 * gives one language's, which src/integrations/pagefind.ts indexes into that language's bundle.
 */
const folders = (locale: Locale) => searchKinds.map((k) => localePrefix(locale) + k.folder);
export const searchablePagesIn = (locale: Locale): string => `{${folders(locale).join(',')}}/*/index.html`;
export const searchablePages = `{${locales.flatMap(folders).join(',')}}/*/index.html`;
