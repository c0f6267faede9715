import { describe, expect, it } from 'vitest';
import { coverageData, coverageMax, coverageTable } from '../../../src/charts/coverage/data.ts';
import { coverageLayout } from '../../../src/charts/coverage/layout.ts';
import { makeAtlas } from '../../helpers/atlas.ts';

const atlas = makeAtlas({
  cases: {
    a: { regions: ['r1'], domains: ['health'] },
    b: { regions: ['r1', 'r2'], domains: ['health', 'housing'] },
  },
});

describe('coverage data', () => {
  const data = coverageData(atlas);

  it('has a cell for every region × domain, a case counting in each of its regions and domains', () => {
    expect(data.cells).toHaveLength(3 * 3);
    const cell = (r: string, d: string) => data.cells.find((c) => c.region === r && c.domain === d)!.cases;
    expect(cell('r1', 'health')).toEqual(['a', 'b']);
    expect(cell('r2', 'housing')).toEqual(['b']);
    expect(coverageMax(data)).toBe(2);
  });

  it('leaves a region or domain without a case empty rather than leaving it out', () => {
    expect(data.regions.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect(data.cells.filter((c) => c.region === 'r3').every((c) => c.cases.length === 0)).toBe(true);
    expect(data.cells.filter((c) => c.domain === 'skills').every((c) => c.cases.length === 0)).toBe(true);
  });

  it('gives one CSV row per cell', () => {
    const table = coverageTable(data, { region: 'Region', domain: 'Domain', cases: 'Cases' });
    expect(table.rows).toHaveLength(9);
    expect(table.rows[0]).toMatchObject({ region: 'r1', domain: 'health', cases: 2, case_ids: 'a; b' });
  });
});

describe('coverage layout', () => {
  const layout = coverageLayout(coverageData(atlas));

  it('places every cell inside the drawing without overlap', () => {
    for (const c of layout.cells) {
      expect(c.x + c.w).toBeLessThanOrEqual(layout.width);
      expect(c.y + c.h).toBeLessThanOrEqual(layout.height);
      expect(c.x).toBeGreaterThanOrEqual(0);
    }
    const [first, second] = layout.cells;
    expect(second!.x).toBeGreaterThanOrEqual(first!.x + first!.w);
  });

  it('fills by count, leaving empty cells unfilled', () => {
    const fill = (r: string, d: string) => layout.cells.find((c) => c.region === r && c.domain === d)!.fill;
    expect(fill('r3', 'skills')).toBe('#ffffff');
    expect(fill('r1', 'health')).not.toBe(fill('r2', 'housing'));
  });
});
