import type { Atlas } from './atlas.ts';
import type { CaseEntry } from './types.ts';
import { listed } from './queries.ts';
import { strings, type Locale } from '../i18n/index.ts';
import { caseFields, fieldIds } from './case-fields.ts';
import { vocabularies, vocabularyLabel } from './vocabularies.ts';
import { langFor } from './localize.ts';

/**
 * The ways the case list can be narrowed without JavaScript, as links on every case list:
 * a region or a domain to its own page, which lists its cases already; a status or an
 * evidence level to a page of its own (/cases/<facet>/<value>/), built in advance.
 */
export const caseFacetKeys = ['region', 'domain', 'status', 'evidence'] as const;
export type CaseFacetKey = (typeof caseFacetKeys)[number];

export interface FacetValue {
  value: string;
  label: string;
  /** The label's language, when it is not the page's: a region or domain named only in its original. */
  lang?: string | undefined;
  cases: CaseEntry[];
}

/** The facets whose values get a page under /cases/; regions and domains have theirs. */
export const caseListFacets = ['status', 'evidence'] as const;

/** Whether a value narrows the list at all: one every case has gets no page of its own. */
export const narrows = (atlas: Atlas, v: FacetValue): boolean => v.cases.length < atlas.cases.length;

/** Every value of each facet that at least one case has, in the atlas's own order. */
export function caseFacetValues(atlas: Atlas, locale?: Locale): Record<CaseFacetKey, FacetValue[]> {
  const s = locale ? strings(locale) : atlas.i18n.s;
  const by = <T extends string>(values: readonly T[], label: (v: T) => string, has: (c: CaseEntry, v: T) => boolean): FacetValue[] =>
    values
      .map((value) => ({ value, label: label(value), cases: atlas.cases.filter((c) => has(c, value)) }))
      .filter((v) => v.cases.length > 0);
  // A field with a vocabulary (src/lib/case-fields.ts): its values in the vocabulary's order, labelled by it.
  const byField = (key: (typeof caseListFacets)[number]) => {
    const { vocabulary } = caseFields[key];
    return by(
      vocabularies[vocabulary],
      (v) => vocabularyLabel(s, vocabulary, v) ?? v,
      (c, v) => fieldIds(atlas, c, key).includes(v),
    );
  };
  return {
    region: atlas.regions
      .map((r) => ({ value: r.id, label: r.data.name, lang: langFor(r, 'name', atlas.locale), cases: listed(atlas.casesByRegion, r.id) }))
      .filter((v) => v.cases.length > 0),
    domain: atlas.domains
      .map((d) => ({ value: d.id, label: d.data.name, lang: langFor(d, 'name', atlas.locale), cases: listed(atlas.casesByDomain, d.id) }))
      .filter((v) => v.cases.length > 0),
    status: byField('status'),
    evidence: byField('evidence'),
  };
}
