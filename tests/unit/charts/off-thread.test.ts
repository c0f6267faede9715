import { describe, expect, it } from 'vitest';
import { networkData } from '../../../src/charts/network/data.ts';
import { networkLayout } from '../../../src/charts/network/layout.ts';
import { layOutOffThread } from '../../../src/charts/off-thread.ts';
import { hostMapLayout } from '../../../src/lib/host-map.ts';
import { countries50m } from '../../../src/lib/world.ts';
import { makeAtlas } from '../../helpers/atlas.ts';

describe('layouts on the worker thread', () => {
  it('draw exactly what the same layout draws in the page’s own thread', async () => {
    const data = networkData(makeAtlas({ cases: { a: { regions: ['r2'], lead: 'o1', partners: ['o3'] } } }));
    const lyon: [number, number] = [4.83, 45.76];
    const [network, map] = await Promise.all([layOutOffThread('network', data), layOutOffThread('hostMap', lyon)]);
    expect(network).toEqual(networkLayout(data));
    expect(map).toEqual(hostMapLayout(countries50m, lyon));
    expect(map.hostCountry).toBe('France');
  });

  it('reject with the layout’s own error, and the next job still runs', async () => {
    const broken = { nodes: [{ key: 'a', kind: 'region', id: 'a', label: 'A', short: 'A' }], links: [{ source: 'a', target: 'missing', relations: [] }] };
    await expect(layOutOffThread('network', broken as never)).rejects.toThrow(/chart layout failed on its worker thread:\n.*node not found: missing/);
    await expect(layOutOffThread('hostMap', [2.17, 41.39])).resolves.toMatchObject({ hostCountry: 'Spain' });
  });
});
