import { describe, expect, it } from 'vitest';
import { caseFieldNames, caseFields, labelOf, type CaseField } from '../../src/lib/case-fields.ts';
import { caseFieldValues, compareFields, compareGroups, domainTableFields, fieldNames } from '../../src/lib/compare.ts';
import { caseFacets, facetLabel, filterKeys } from '../../src/lib/facets.ts';
import { enumFields, labelFieldNames } from '../../src/lib/labels.ts';
import { vocabularies } from '../../src/lib/vocabularies.ts';
import { strings } from '../../src/i18n/index.ts';
import { makeAtlas } from '../helpers/atlas.ts';

const field = (key: string): CaseField => caseFields[key as keyof typeof caseFields];

describe('one description per case field (src/lib/case-fields.ts)', () => {
  // The lists the search form, the comparisons and labels.csv show, in the order readers see them.
  it('gives the search filters, the compared fields and the label vocabularies in their published order', () => {
    expect(filterKeys).toEqual([
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
    ]);
    expect(compareFields).toEqual([
      'regions',
      'domains',
      'project',
      'lead',
      'partners',
      'practiceType',
      'governance',
      'targetGroups',
      'evidence',
      'status',
      'period',
      'funding',
      'outcomes',
      'transferability',
      'difficulties',
      'resources',
      'visit',
    ]);
    expect(compareGroups).toEqual({
      who: ['regions', 'domains', 'project', 'lead', 'partners'],
      what: ['practiceType', 'governance', 'targetGroups'],
      evidence: ['evidence', 'status', 'period', 'funding', 'outcomes'],
      transfer: ['transferability', 'difficulties', 'resources', 'visit'],
    });
    expect(domainTableFields).toEqual([
      'governance',
      'practiceType',
      'targetGroups',
      'evidence',
      'status',
      'period',
      'funding',
      'outcomes',
    ]);
    expect(labelFieldNames.slice(4)).toEqual(Object.keys(vocabularies));
    expect(enumFields).toBe(vocabularies);
  });

  it('numbers the domain table’s columns once each, from 1', () => {
    const columns = caseFieldNames.flatMap((k) => field(k).compare?.domainColumn ?? []).sort((a, b) => a - b);
    expect(columns).toEqual(columns.map((_, i) => i + 1));
  });

  it('names a vocabulary for every field whose values a facet or a comparison labels from the strings', () => {
    for (const key of caseFieldNames) {
      const f = field(key);
      if (f.facet && !f.facet.label) expect(f.vocabulary, key).toBeDefined();
      if (f.compare && !f.compare.show) expect(f.vocabulary, key).toBeDefined();
      if (f.facet || (f.compare && !f.compare.show)) expect(f.ids, key).toBeDefined();
    }
  });

  it('reads a case’s facets and compared values through the descriptions', () => {
    const atlas = makeAtlas({ cases: { a: { regions: ['r1'], domains: ['health'], targetGroups: ['women', 'migrants'] } } });
    const a = atlas.caseById.get('a')!;
    const facets = caseFacets(atlas, a);
    expect(Object.keys(facets)).toEqual([...filterKeys]);
    expect(facets.region).toEqual(['r1']);
    expect(facets.targetGroup).toEqual(['women', 'migrants']);
    expect(facetLabel(atlas, 'targetGroup', 'women')).toBe('Women');
    expect(facetLabel(atlas, 'region', 'r1')).toBe('Region r1');
    expect(facetLabel(atlas, 'targetGroup', 'not-a-group')).toBe('not-a-group');
    expect(caseFieldValues(atlas, a).targetGroups).toEqual(['Women', 'Migrants']);
    expect(fieldNames(strings('it')).outcomes).toBe(labelOf(strings('it'), 'case.outcomes'));
  });
});
