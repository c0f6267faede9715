import type { Atlas } from './atlas.ts';

/**
 * The names a reader is likely to type — regions (and their local names), domains,
 * organisations, projects and tours — split into words, for "Did you mean …?" when a
 * search finds nothing. Every word is on some indexed page, so a suggestion finds it.
 */
export function searchVocabulary(atlas: Atlas): string[] {
  const names = [
    ...atlas.regions.flatMap((r) => [r.data.name, r.data.localName ?? '']),
    ...atlas.domains.map((d) => d.data.name),
    ...atlas.organisations.flatMap((o) => [o.data.name, o.data.shortName ?? '']),
    ...atlas.projects.map((p) => p.data.name),
    ...atlas.tours.map((t) => t.data.title),
  ];
  const words = names.flatMap((n) => n.split(/[\s,.:;()/–—-]+/)).filter((w) => w.length >= 4);
  return [...new Set(words)].sort((a, b) => a.localeCompare(b, 'en'));
}
