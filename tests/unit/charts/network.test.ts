import { describe, expect, it } from 'vitest';
import { networkData } from '../../../src/charts/network/data.ts';
import { networkLayout } from '../../../src/charts/network/layout.ts';
import { makeAtlas } from '../../helpers/atlas.ts';

const atlas = makeAtlas({ cases: { a: { regions: ['r2'], lead: 'o1', partners: ['o3'] } } });

describe('network data', () => {
  const data = networkData(atlas);
  const link = (a: string, b: string) => data.links.find((l) => l.source === a && l.target === b)?.relations;

  it('has a node for every region, project and organisation', () => {
    expect(data.nodes.map((n) => n.key).sort()).toEqual(
      ['organisation:o1', 'organisation:o2', 'organisation:o3', 'project:p1', 'region:r1', 'region:r2', 'region:r3'].sort(),
    );
  });

  it('joins projects to their lead, partners and regions, and organisations to where they are based and work', () => {
    expect(link('organisation:o1', 'project:p1')).toEqual(['lead']);
    expect(link('organisation:o2', 'project:p1')).toEqual(['partner']);
    expect(link('project:p1', 'region:r1')).toEqual(['covers']);
    expect(link('organisation:o1', 'region:r1')).toEqual(['based']);
    expect(link('organisation:o1', 'region:r2')).toEqual(['works-in']);
    expect(link('organisation:o3', 'region:r2')).toEqual(['works-in']);
  });

  it('joins each pair once, with every relation the content states', () => {
    const both = networkData(makeAtlas({ cases: { a: { regions: ['r1'], lead: 'o1' } } }));
    expect(both.links.filter((l) => l.source === 'organisation:o1' && l.target === 'region:r1')).toEqual([
      { source: 'organisation:o1', target: 'region:r1', relations: ['based', 'works-in'] },
    ]);
  });
});

describe('network layout', () => {
  it('is the same on every run: seeded, fixed ticks, no DOM', () => {
    expect(networkLayout(networkData(atlas))).toEqual(networkLayout(networkData(atlas)));
  });

  it('keeps every node inside the drawing', () => {
    const layout = networkLayout(networkData(atlas));
    for (const n of layout.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(layout.width);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(layout.height);
    }
  });
});
