import { describe, expect, it } from 'vitest';
import { caseFieldValues, compareFields, domainByRegion, sideBySideData } from '../../src/lib/compare.ts';
import { differences, parseIds } from '../../src/scripts/compare-cases.ts';
import { makeAtlas } from '../helpers/atlas.ts';

const atlas = makeAtlas({
  cases: {
    a: {
      regions: ['r1'],
      domains: ['health'],
      targetGroups: ['women', 'migrants'],
      funding: [{ programme: 'AMIF', reference: 'X-1' }],
      period: { start: '2019', end: '2020-06' },
    },
    b: {
      regions: ['r2'],
      domains: ['health', 'housing'],
      targetGroups: ['migrants'],
      outcomes: [{ indicator: 'people helped', value: 1200, unit: 'people', year: 2021, source: 's1', at: 'Table 1' }],
    },
  },
});

describe('case fields for comparison', () => {
  it('gives display text for every compared field, and nothing where the case states nothing', () => {
    const a = caseFieldValues(atlas, atlas.caseById.get('a')!);
    expect(Object.keys(a)).toEqual([...compareFields]);
    expect(a.regions).toEqual(['Region r1']);
    expect(a.targetGroups).toEqual(['Women', 'Migrants']);
    expect(a.funding).toEqual(['AMIF (X-1)']);
    expect(a.period).toEqual(['2019 – June 2020']);
    expect(a.outcomes).toEqual([]);
    expect(a.project).toEqual([]);
    const b = caseFieldValues(atlas, atlas.caseById.get('b')!);
    expect(b.outcomes).toEqual(['people helped: 1,200 people (2021)']);
    expect(b.period).toEqual([]);
  });

  it('words the side-by-side data in the atlas’s language: labels, dates, numbers', () => {
    const spec = {
      cases: {
        a: { targetGroups: ['women'], period: { start: '2019', end: '2020-06' } },
        b: { outcomes: [{ indicator: 'persone', value: 1200, unit: 'persone', source: 's1', at: 'Tabella 1' }] },
      },
    };
    const data = sideBySideData(makeAtlas({ ...spec, locale: 'it' }), (id) => `/it/cases/${id}/`);
    expect(data.groups.map((g) => g.label)).toContain('Trasferibilità');
    expect(data.fields.find((f) => f.key === 'targetGroups')?.label).toBe('Destinatari');
    const a = data.cases.find((c) => c.id === 'a')!;
    expect(a.fields['targetGroups']).toEqual(['Donne']);
    expect(a.fields['period']).toEqual(['2019 – giugno 2020']);
    expect(a.url).toBe('/it/cases/a/');
    expect(data.cases.find((c) => c.id === 'b')!.fields['outcomes']).toEqual(['persone: 1200 persone']);
  });

  it('lists every case once in the side-by-side data, with its link', () => {
    const data = sideBySideData(atlas, (id) => `/cases/${id}/`);
    expect(data.cases.map((c) => c.id)).toEqual(['a', 'b']);
    expect(data.cases[0]!.url).toBe('/cases/a/');
    expect(data.fields.map((f) => f.key)).toEqual([...compareFields]);
  });

  it('groups a domain by every region, empty ones included', () => {
    const groups = domainByRegion(atlas, 'health');
    expect(groups.map((g) => [g.region.id, g.cases.map((c) => c.id)])).toEqual([
      ['r1', ['a']],
      ['r2', ['b']],
      ['r3', []],
    ]);
  });
});

describe('side-by-side selection', () => {
  it('reads ids from a shared address and from a plain form, in order, without repeats', () => {
    expect(parseIds('?ids=a,b')).toEqual(['a', 'b']);
    expect(parseIds('?ids=a&ids=b&ids=a')).toEqual(['a', 'b']);
    expect(parseIds('?ids=%20a%20,,b')).toEqual(['a', 'b']);
    expect(parseIds('')).toEqual([]);
  });

  it('marks a field as differing unless every case holds the same values, in any order', () => {
    expect(
      differences([
        ['x', 'y'],
        ['y', 'x'],
      ]).differs,
    ).toBe(false);
    const d = differences([['x', 'y'], ['x'], ['x', 'z']]);
    expect(d.differs).toBe(true);
    expect([...d.shared]).toEqual(['x']);
    expect(differences([[], ['x']]).differs).toBe(true);
  });
});
