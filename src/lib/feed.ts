import type { Atlas } from './atlas.ts';
import { paths } from './paths.ts';

export interface FeedItem {
  title: string;
  /** Path of the page (under the base path); the feed makes it a full address. */
  link: string;
  description: string;
  /** YYYY-MM-DD, when known. */
  date: string | undefined;
  authors: string[];
  categories: string[];
  /** Language of the text, when the entry states it (case bodies are written in several). */
  lang?: string | undefined;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** RSS 2.0's `author` must be an e-mail address; Dublin Core's creator takes a name. */
export const creators = (names: readonly string[]): string => names.map((n) => `<dc:creator>${escapeXml(n)}</dc:creator>`).join('');

/** Dublin Core elements of one item: its authors, and its language when it has one. */
export const itemDublinCore = (item: FeedItem): string =>
  creators(item.authors) + (item.lang ? `<dc:language>${escapeXml(item.lang)}</dc:language>` : '');

/**
 * How many entries the feed carries: readers poll it for what is new, and the whole
 * atlas is in the sitemap and the data exports, so at 10,000 cases the feed stays small.
 */
export const feedLength = 100;

/**
 * Case studies and tours, newest first, at most `feedLength`. A case is dated by its file's last commit (else
 * its review date), a tour by its last commit (else its first day); undated entries come
 * last, by title, so the order never depends on the file system.
 */
export function feedItems(atlas: Atlas, updated: (filePath: string | undefined) => string | undefined): FeedItem[] {
  const name = (id: string) => atlas.regionById.get(id)?.data.name ?? atlas.domainById.get(id)?.data.name ?? id;
  const items: FeedItem[] = [
    ...atlas.cases.map((c) => ({
      title: c.data.title,
      link: paths.case(c.id),
      description: c.data.summary,
      date: updated(c.filePath) ?? c.data.review.date,
      authors: c.data.authors.map((a) => a.name),
      categories: [...c.data.regions, ...c.data.domains].map((r) => name(r.id)),
      lang: c.data.lang,
    })),
    ...atlas.tours.map((t) => ({
      title: t.data.title,
      link: paths.tour(t.id),
      description: t.data.summary,
      date: updated(t.filePath) ?? t.data.dates?.start,
      authors: t.data.organiser ? [atlas.organisationById.get(t.data.organiser.id)?.data.name ?? t.data.organiser.id] : [],
      categories: [name(t.data.host.id)],
    })),
  ];
  return items.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title, 'en-GB')).slice(0, feedLength);
}
