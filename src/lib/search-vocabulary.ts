import type { Atlas } from './atlas.ts';

/** The names a reader of one atlas's language is likely to type, split into words. */
function words(atlas: Atlas): string[] {
  const names = [
    ...atlas.regions.flatMap((r) => [r.data.name, r.data.localName ?? '', ...(r.data.cities ?? [])]),
    ...atlas.domains.flatMap((d) => [d.data.name, ...(d.data.searchTerms ?? [])]),
    ...atlas.organisations.flatMap((o) => [o.data.name, o.data.shortName ?? '']),
    ...atlas.projects.map((p) => p.data.name),
    ...atlas.tours.map((t) => t.data.title),
  ];
  const found = names.flatMap((n) => n.split(/[\s,.:;()/–—-]+/)).filter((w) => w.length >= 4);
  return [...new Set(found)].sort(atlas.i18n.compare);
}

/**
 * The names a reader is likely to type — regions (their local names and cities), domains
 * (and their search terms), organisations, projects and tours — split into words, for
 * "Did you mean …?" when a search finds nothing. The page's language comes first, so a
 * near miss is corrected to its own language's word; then the region and domain names of
 * the `others` languages, which every page carries too (src/lib/search-names.ts). Every
 * word is on some indexed page, so a suggestion finds it.
 */
export function searchVocabulary(atlas: Atlas, others: readonly Atlas[] = []): string[] {
  const own = words(atlas);
  const seen = new Set(own);
  const rest = others
    .filter((o) => o !== atlas)
    .flatMap((o) => {
      const names = [
        ...o.regions.flatMap((r) => [r.data.name, ...(r.data.cities ?? [])]),
        ...o.domains.flatMap((d) => [d.data.name, ...(d.data.searchTerms ?? [])]),
      ];
      return names.flatMap((n) => n.split(/[\s,.:;()/–—-]+/)).filter((w) => w.length >= 4);
    })
    .filter((w) => !seen.has(w) && (seen.add(w), true));
  return [...own, ...rest.sort(atlas.i18n.compare)];
}
