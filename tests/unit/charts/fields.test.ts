import { describe, expect, it } from 'vitest';
import { domainFieldsTable, fieldMatrix, fieldTable } from '../../../src/charts/fields/data.ts';
import { fieldLayout } from '../../../src/charts/fields/layout.ts';
import { makeAtlas } from '../../helpers/atlas.ts';

const atlas = makeAtlas({
  cases: {
    a: { regions: ['r1'], domains: ['health'], governance: 'public-led', targetGroups: ['women', 'migrants'] },
    b: { regions: ['r1', 'r2'], domains: ['health'], governance: 'ngo-led', targetGroups: ['women'] },
    c: { regions: ['r3'], domains: ['housing'], governance: 'ngo-led' },
  },
});

describe('domain comparison by field', () => {
  it('counts each region’s cases per value; a case in two regions counts in both', () => {
    const m = fieldMatrix(atlas, 'health', 'governance');
    const count = (r: string, v: string) => m.cells.find((c) => c.region === r && c.value === v)?.cases;
    expect(count('r1', 'public-led')).toEqual(['a']);
    expect(count('r1', 'ngo-led')).toEqual(['b']);
    expect(count('r2', 'ngo-led')).toEqual(['b']);
    expect(count('r1', 'migrant-led')).toEqual([]);
  });

  it('counts a case under each of its target groups', () => {
    const m = fieldMatrix(atlas, 'health', 'targetGroups');
    expect(m.cells.find((c) => c.region === 'r1' && c.value === 'women')?.cases).toEqual(['a', 'b']);
  });

  it('says nothing of a region with no case in the domain: no cells, an empty count in the tables', () => {
    const m = fieldMatrix(atlas, 'health', 'status');
    expect(m.regions.find((r) => r.id === 'r3')?.cases).toBe(0);
    expect(m.cells.some((c) => c.region === 'r3')).toBe(false);
    const wide = fieldTable(m, 'Value', (v) => v, '');
    expect(wide.rows.every((row) => row['r3'] === '')).toBe(true);
    const long = domainFieldsTable([m], { field: 'F', value: 'V', region: 'R', cases: 'C' }, { field: (f) => f, value: (_f, v) => v });
    expect(long.rows.filter((r) => r['region'] === 'r3').every((r) => r['cases'] === '')).toBe(true);
    expect(long.rows.find((r) => r['region'] === 'r1' && r['value'] === 'planned')?.['cases']).toBe(0);
  });

  it('lays out values on rows and regions on columns, inside the drawing', () => {
    const m = fieldMatrix(atlas, 'health', 'governance');
    const layout = fieldLayout(
      m,
      (v) => v,
      (r) => r.name,
    );
    expect(layout.rows).toHaveLength(4);
    expect(layout.columns).toHaveLength(3);
    expect(layout.columns.find((c) => c.id === 'r3')?.empty).toBe(true);
    for (const c of layout.cells) expect(c.cx + c.r).toBeLessThanOrEqual(layout.width);
  });
});
