import type { Atlas } from './atlas.ts';
import { locales, type Locale } from '../i18n/config.ts';
import { localePrefix } from './paths.ts';
import { collections, type CollectionName } from './collections.ts';

/**
 * The kinds of page search covers, in the order its "Kind of page" filter lists them: each
 * a collection of src/lib/collections.ts, whose pages are built into its first route folder.
 * Adding a kind is one line here (its id and its collection), its label in the strings
 * (search.kinds), and `searchKind` on its page's <Base>.
 */
const kinds = [
  { kind: 'case', collection: 'cases' },
  { kind: 'tour', collection: 'tours' },
  { kind: 'region', collection: 'regions' },
  { kind: 'organisation', collection: 'organisations' },
  { kind: 'project', collection: 'projects' },
  { kind: 'source', collection: 'sources' },
] as const satisfies readonly { kind: string; collection: CollectionName }[];

export const searchKinds = kinds.map(({ kind, collection }) => ({
  kind,
  folder: collections[collection].routes[0],
  entries: (atlas: Atlas): readonly unknown[] => atlas[collection],
}));

export type SearchKind = (typeof kinds)[number]['kind'];

/**
 * The built pages search reads, relative to the site: one page per entry of each kind, in
 * every language (a region's brief, one folder deeper, is not matched); `searchablePagesIn`
 * gives one language's, which src/integrations/pagefind.ts indexes into that language's bundle.
 */
const folders = (locale: Locale) => searchKinds.map((k) => localePrefix(locale) + k.folder);
export const searchablePagesIn = (locale: Locale): string => `{${folders(locale).join(',')}}/*/index.html`;
export const searchablePages = `{${locales.flatMap(folders).join(',')}}/*/index.html`;
