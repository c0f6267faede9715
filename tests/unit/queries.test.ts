import { describe, expect, it } from 'vitest';
import { coverage, latestCases, listed, relatedCases, sameDomainElsewhere, caseCountries } from '../../src/lib/queries.ts';
import { caseFacets, facetLabel, filterOptions } from '../../src/lib/facets.ts';
import { makeAtlas } from '../helpers/atlas.ts';

const ids = (entries: { id: string }[]) => entries.map((e) => e.id);

describe('atlas indexes', () => {
  const atlas = makeAtlas({
    cases: {
      a: { regions: ['r1'], domains: ['health'], lead: 'o1', partners: ['o2'], project: 'p1' },
      b: { regions: ['r1', 'r2'], domains: ['housing', 'health'], lead: 'o2' },
      c: { regions: ['r3'], domains: ['skills'], lead: 'o3' },
    },
    tours: { t: { stops: [{ organisation: 'o3', topic: 'Skills', cases: ['c', 'a'] }, { organisation: 'o1', topic: 'Again', cases: ['a'] }] } },
  });

  it('groups cases by region, domain, organisation and project', () => {
    expect(ids(listed(atlas.casesByRegion, 'r1'))).toEqual(['a', 'b']);
    expect(ids(listed(atlas.casesByRegion, 'r2'))).toEqual(['b']);
    expect(ids(listed(atlas.casesByDomain, 'health'))).toEqual(['a', 'b']);
    expect(ids(listed(atlas.casesByOrganisation, 'o2'))).toEqual(['a', 'b']);
    expect(ids(listed(atlas.casesByProject, 'p1'))).toEqual(['a']);
    expect(listed(atlas.casesByRegion, 'nowhere')).toEqual([]);
  });

  it('knows which tours visit a case and an organisation, without repeats', () => {
    expect(ids(listed(atlas.toursByCase, 'a'))).toEqual(['t']);
    expect(ids(listed(atlas.toursByOrganisation, 'o3'))).toEqual(['t']);
    expect(ids(listed(atlas.toursByRegion, 'r1'))).toEqual(['t']);
  });

  it('counts region × domain coverage, with empty cells kept as empty', () => {
    const cells = coverage(atlas);
    expect(cells).toHaveLength(3 * 3);
    const cell = (r: string, d: string) => ids(cells.find((x) => x.region === r && x.domain === d)!.cases);
    expect(cell('r1', 'health')).toEqual(['a', 'b']);
    expect(cell('r2', 'housing')).toEqual(['b']);
    expect(cell('r2', 'skills')).toEqual([]);
  });
});

describe('relatedCases', () => {
  it('follows links either way and never lists the case itself', () => {
    const atlas = makeAtlas({ cases: { a: { related: ['b'] }, b: {}, c: { related: ['a', 'c'] }, d: {} } });
    expect(ids(relatedCases(atlas, atlas.caseById.get('a')!))).toEqual(['b', 'c']);
    expect(ids(relatedCases(atlas, atlas.caseById.get('b')!))).toEqual(['a']);
    expect(ids(relatedCases(atlas, atlas.caseById.get('d')!))).toEqual([]);
  });
});

describe('sameDomainElsewhere', () => {
  it('lists same-domain cases from regions the case is not in, per domain', () => {
    const atlas = makeAtlas({
      cases: {
        a: { regions: ['r1'], domains: ['health', 'skills'] },
        b: { regions: ['r2'], domains: ['health'] },
        c: { regions: ['r1', 'r3'], domains: ['health'] },
        d: { regions: ['r3'], domains: ['housing'] },
      },
    });
    const groups = sameDomainElsewhere(atlas, atlas.caseById.get('a')!);
    expect(groups.map((g) => [g.domain, ids(g.cases)])).toEqual([['health', ['b']]]);
  });
});

describe('caseCountries and facets', () => {
  const atlas = makeAtlas({ cases: { a: { regions: ['r1', 'r2'], targetGroups: ['women', 'job-seekers'], lang: 'it' } } });
  const a = atlas.caseById.get('a')!;

  it('derives countries from regions, once each', () => {
    expect(caseCountries(atlas, a)).toEqual(['IT', 'FR']);
  });

  it('keys every search filter by id and labels it as the page shows it', () => {
    const facets = caseFacets(atlas, a);
    expect(facets.region).toEqual(['r1', 'r2']);
    expect(facets.country).toEqual(['IT', 'FR']);
    expect(facets.targetGroup).toEqual(['women', 'job-seekers']);
    expect(facets.governance).toEqual(['ngo-led']);
    expect(facets.language).toEqual(['it']);
    expect(facets.region.map((r) => facetLabel(atlas, 'region', r))).toEqual(['Region r1', 'Region r2']);
    expect(facets.targetGroup.map((g) => facetLabel(atlas, 'targetGroup', g))).toEqual(['Women', 'Job seekers']);
    expect(facetLabel(atlas, 'governance', 'ngo-led')).toBe('NGO-led');
    expect(facetLabel(atlas, 'language', 'it')).toBe('Italian');
    expect(filterOptions(atlas).country).toEqual([
      { value: 'FR', label: 'France' },
      { value: 'IT', label: 'Italy' },
    ]);
  });
});

describe('latestCases', () => {
  it('puts the case added last first, whatever its period, and falls back to the review date', () => {
    const atlas = makeAtlas({
      cases: {
        ran2019: { period: { start: '2019-04' } },
        ran2010: { period: { start: '2010' } },
        reviewed: { review: { status: 'reviewed', date: '2025-06-01' } },
        unknown: {},
      },
    });
    const added: Record<string, string> = { ran2019: '2024-01-10', ran2010: '2026-03-05' };
    expect(ids(latestCases(atlas, 4, (c) => added[c.id]))).toEqual(['ran2010', 'reviewed', 'ran2019', 'unknown']);
    expect(ids(latestCases(atlas, 1, (c) => added[c.id]))).toEqual(['ran2010']);
  });
});

describe('sameDomainElsewhere at scale', () => {
  it('keeps at most `limit` cases per domain, taking every other region once before any twice', () => {
    const cases: Record<string, Record<string, unknown>> = { self: { regions: ['r1'], domains: ['health'] } };
    for (let i = 0; i < 6; i++) cases[`r2-${i}`] = { regions: ['r2'], domains: ['health'] };
    cases['r3-0'] = { regions: ['r3'], domains: ['health'] };
    const atlas = makeAtlas({ cases });
    const [group] = sameDomainElsewhere(atlas, atlas.caseById.get('self')!, 3);
    expect(group!.cases).toHaveLength(3);
    expect(group!.cases.map((c) => c.data.regions[0]!.id).sort()).toEqual(['r2', 'r2', 'r3']);
  });
});
