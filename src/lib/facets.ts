import type { Atlas } from './atlas.ts';
import type { CaseEntry } from './types.ts';
import { caseFields, facetFields, fieldIds, type CaseFacetKey, type CaseField, type CaseFieldName } from './case-fields.ts';
import { vocabularyLabel } from './vocabularies.ts';
import { strings, type Locale } from '../i18n/index.ts';
import { searchKinds, type SearchKind } from './search-kinds.ts';
import { langFor } from './localize.ts';

/**
 * The search filters, in the order the search page offers them: the kind of page, then the
 * case fields search filters by (src/lib/case-fields.ts).
 */
export const filterKeys = ['kind', ...facetFields.map(([, key]) => key)] as const satisfies readonly string[];
export type FilterKey = 'kind' | CaseFacetKey;

const fieldOf = new Map<string, CaseFieldName>(facetFields.map(([name, key]) => [key, name]));

/**
 * A case's values for each search filter, as stable ids (region and domain ids, ISO country
 * codes, enum values, language tags), so a filter address such as ?region=piemonte works in
 * every language. The facts panel prints these as Pagefind filters; labels come from facetLabel.
 */
export function caseFacets(atlas: Atlas, c: CaseEntry): Record<FilterKey, string[]> {
  return { kind: ['case'], ...Object.fromEntries(facetFields.map(([name, key]) => [key, fieldIds(atlas, c, name)])) } as Record<
    FilterKey,
    string[]
  >;
}

/** A filter value's label in the atlas's language: "piemonte" → "Piemonte", "ngo-led" → "Guidata da ONG". */
export function facetLabel(atlas: Atlas, key: FilterKey, value: string): string {
  const s = atlas.i18n.s;
  if (key === 'kind') return s.search.kinds[value as SearchKind] ?? value;
  const { facet, vocabulary }: CaseField = caseFields[fieldOf.get(key)!];
  if (facet?.label) return facet.label(atlas, value);
  return (vocabulary && vocabularyLabel(s, vocabulary, value)) ?? value;
}

/**
 * The language of a filter value's label when it is not the atlas's: a region or domain that
 * has no name in this language yet is shown by its original name, which a page marks.
 */
export function facetLang(atlas: Atlas, key: FilterKey, value: string): string | undefined {
  const entry = key === 'region' ? atlas.regionById.get(value) : key === 'domain' ? atlas.domainById.get(value) : undefined;
  return entry ? langFor(entry, 'name', atlas.locale) : undefined;
}

/** The label a page of this kind carries in search results. */
export const kindLabel = (kind: SearchKind, locale?: Locale): string => strings(locale).search.kinds[kind];

export interface FilterOption {
  /** The id the filter address and the index hold. */
  value: string;
  label: string;
  /** The label's language, when it is not the page's (facetLang). */
  lang?: string | undefined;
}

/** Every value each filter takes across the corpus, sorted by label as the language sorts (kinds in their own order), for the search form. */
export function filterOptions(atlas: Atlas): Record<FilterKey, FilterOption[]> {
  const options = Object.fromEntries(filterKeys.map((k) => [k, new Set<string>()])) as Record<FilterKey, Set<string>>;
  for (const c of atlas.cases) {
    const facets = caseFacets(atlas, c);
    for (const key of filterKeys) if (key !== 'kind') for (const value of facets[key]) options[key].add(value);
  }
  const labelled = (key: FilterKey, values: Iterable<string>) =>
    [...values].map((value) => ({ value, label: facetLabel(atlas, key, value), lang: facetLang(atlas, key, value) }));
  const sorted = Object.fromEntries(filterKeys.map((k) => [k, atlas.i18n.sortBy(labelled(k, options[k]), (o) => o.label)])) as Record<
    FilterKey,
    FilterOption[]
  >;
  // A kind with no entry is not offered: it could only ever narrow to nothing.
  sorted.kind = labelled(
    'kind',
    searchKinds.filter((k) => k.entries(atlas).length > 0).map((k) => k.kind),
  );
  return sorted;
}
