import type { Atlas } from './atlas.ts';
import type { CaseEntry } from './types.ts';
import { caseCountries } from './queries.ts';
import { caseStages } from './trails.ts';
import { countryName, languageName, strings, type Locale } from '../i18n/index.ts';
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
 * A case's value for each search filter, as the labels its page shows. The facts
 * panel prints these same labels as Pagefind filters, so search and page agree.
 */
export function caseFacets(atlas: Atlas, c: CaseEntry, locale?: Locale): Record<FilterKey, string[]> {
  const s = strings(locale);
  const d = c.data;
  return {
    kind: [s.search.kinds.case],
    region: d.regions.map((r) => atlas.regionById.get(r.id)?.data.name ?? r.id),
    domain: d.domains.map((x) => atlas.domainById.get(x.id)?.data.name ?? x.id),
    country: caseCountries(atlas, c).map((code) => countryName(code, locale)),
    practiceType: [s.labels.practiceType[d.practiceType]],
    governance: [s.labels.governance[d.governance]],
    targetGroup: d.targetGroups.map((g) => s.labels.targetGroups[g]),
    evidence: [s.labels.evidence[d.evidence.level]],
    status: [s.labels.status[d.status]],
    language: [languageName(d.lang, locale)],
    review: [s.labels.review[d.review.status]],
    // How far the trails naming this case got (as origin or as taker-up), so search can filter by stage.
    transferStage: caseStages(atlas, c.id).map((stage) => s.labels.trailStage[stage]),
  };
}

/** The label a page of this kind carries as its "kind" filter and in search results. */
export const kindLabel = (kind: SearchKind, locale?: Locale): string => strings(locale).search.kinds[kind];

/** Every value each filter takes across the corpus, sorted (kinds in their own order), for the search form. */
export function filterOptions(atlas: Atlas, locale?: Locale): Record<FilterKey, string[]> {
  const options = Object.fromEntries(filterKeys.map((k) => [k, new Set<string>()])) as Record<FilterKey, Set<string>>;
  for (const c of atlas.cases) {
    const facets = caseFacets(atlas, c, locale);
    for (const key of filterKeys) if (key !== 'kind') for (const value of facets[key]) options[key].add(value);
  }
  const sorted = Object.fromEntries(filterKeys.map((k) => [k, [...options[k]].sort((a, b) => a.localeCompare(b, 'en'))])) as Record<FilterKey, string[]>;
  // A kind with no entry is not offered: it could only ever narrow to nothing.
  sorted.kind = searchKinds.filter((k) => k.entries(atlas).length > 0).map((k) => kindLabel(k.kind, locale));
  return sorted;
}
