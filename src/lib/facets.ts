import type { Atlas } from './atlas.ts';
import type { CaseEntry } from './types.ts';
import { caseCountries } from './queries.ts';
import { caseStages } from './trails.ts';
import { strings, type Locale } from '../i18n/index.ts';
import { searchKinds, type SearchKind } from './search-kinds.ts';

/** The search filters, in the order the search page offers them. */
export const filterKeys = [
  'kind',
  'region',
  'domain',
  'country',
  'practiceType',
  'governance',
  'targetGroup',
  'evidence',
  'status',
  'language',
  'review',
  'transferStage',
] as const;
export type FilterKey = (typeof filterKeys)[number];

/**
 * A case's values for each search filter, as stable ids (region and domain ids, ISO country
 * codes, enum values, language tags), so a filter address such as ?region=piemonte works in
 * every language. The facts panel prints these as Pagefind filters; labels come from facetLabel.
 */
export function caseFacets(atlas: Atlas, c: CaseEntry): Record<FilterKey, string[]> {
  const d = c.data;
  return {
    kind: ['case'],
    region: d.regions.map((r) => r.id),
    domain: d.domains.map((x) => x.id),
    country: caseCountries(atlas, c),
    practiceType: [d.practiceType],
    governance: [d.governance],
    targetGroup: [...d.targetGroups],
    evidence: [d.evidence.level],
    status: [d.status],
    language: [d.lang],
    review: [d.review.status],
    // How far the trails naming this case got (as origin or as taker-up), so search can filter by stage.
    transferStage: caseStages(atlas, c.id),
  };
}

/** A filter value's label in the atlas's language: "piemonte" → "Piemonte", "ngo-led" → "Guidata da ONG". */
export function facetLabel(atlas: Atlas, key: FilterKey, value: string): string {
  const { s, country, language } = atlas.i18n;
  const l = s.labels as unknown as Record<string, Record<string, string>>;
  switch (key) {
    case 'kind':
      return s.search.kinds[value as SearchKind] ?? value;
    case 'region':
      return atlas.regionById.get(value)?.data.name ?? value;
    case 'domain':
      return atlas.domainById.get(value)?.data.name ?? value;
    case 'country':
      return country(value);
    case 'language':
      return language(value);
    case 'targetGroup':
      return l['targetGroups']![value] ?? value;
    case 'evidence':
    case 'status':
    case 'review':
    case 'practiceType':
    case 'governance':
      return l[key]![value] ?? value;
    case 'transferStage':
      return l['trailStage']![value] ?? value;
  }
}

/** The label a page of this kind carries in search results. */
export const kindLabel = (kind: SearchKind, locale?: Locale): string => strings(locale).search.kinds[kind];

export interface FilterOption {
  /** The id the filter address and the index hold. */
  value: string;
  label: string;
}

/** Every value each filter takes across the corpus, sorted by label as the language sorts (kinds in their own order), for the search form. */
export function filterOptions(atlas: Atlas): Record<FilterKey, FilterOption[]> {
  const options = Object.fromEntries(filterKeys.map((k) => [k, new Set<string>()])) as Record<FilterKey, Set<string>>;
  for (const c of atlas.cases) {
    const facets = caseFacets(atlas, c);
    for (const key of filterKeys) if (key !== 'kind') for (const value of facets[key]) options[key].add(value);
  }
  const labelled = (key: FilterKey, values: Iterable<string>) => [...values].map((value) => ({ value, label: facetLabel(atlas, key, value) }));
  const sorted = Object.fromEntries(filterKeys.map((k) => [k, atlas.i18n.sortBy(labelled(k, options[k]), (o) => o.label)])) as Record<FilterKey, FilterOption[]>;
  // A kind with no entry is not offered: it could only ever narrow to nothing.
  sorted.kind = labelled(
    'kind',
    searchKinds.filter((k) => k.entries(atlas).length > 0).map((k) => k.kind),
  );
  return sorted;
}
