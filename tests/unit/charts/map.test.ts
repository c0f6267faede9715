import { describe, expect, it } from 'vitest';
import { mapData } from '../../../src/charts/map/data.ts';
import { mapExtent, mapLayout } from '../../../src/charts/map/layout.ts';
import type { MapRegion } from '../../../src/charts/map/data.ts';
import { makeAtlas } from '../../helpers/atlas.ts';

const region = (id: string, country: string, coordinates: [number, number], cases: number): MapRegion => ({
  id,
  name: `Region ${id}`,
  country,
  coordinates,
  cases,
});
const regions = [region('turin', 'IT', [7.68, 45.07], 4), region('lyon', 'FR', [4.83, 45.76], 1), region('madrid', 'ES', [-3.7, 40.42], 0)];

describe('map data', () => {
  it('counts every region’s cases, zero included', () => {
    const atlas = makeAtlas({ cases: { a: { regions: ['r1'] }, b: { regions: ['r1', 'r2'] } } });
    expect(mapData(atlas).map((r) => [r.id, r.cases])).toEqual([
      ['r1', 2],
      ['r2', 1],
      ['r3', 0],
    ]);
  });
});

describe('map layout', () => {
  const layout = mapLayout(regions, 500);

  it('fits every region inside the map', () => {
    for (const p of layout.points) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(layout.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(layout.height);
    }
  });

  it('sizes circles by the square root of the count, so area follows it', () => {
    const r = (id: string) => layout.points.find((p) => p.id === id)!.r;
    expect(r('turin') / r('lyon')).toBeCloseTo(2, 1);
  });

  it('draws the countries of the atlas’s regions, from the shipped topojson', () => {
    const codes = layout.countries
      .filter((c) => c.atlas)
      .map((c) => c.code)
      .sort();
    expect(codes).toEqual(['ES', 'FR', 'IT']);
    expect(layout.countries.length).toBeGreaterThan(10);
  });

  it('joins a region to its country by ISO code where Natural Earth and Intl name it differently', () => {
    // Natural Earth says "Bosnia and Herz.", Intl "Bosnia & Herzegovina": a join by name missed it.
    const sarajevo = mapLayout([region('sarajevo', 'BA', [18.41, 43.86], 1)], 500);
    expect(sarajevo.countries.filter((c) => c.atlas).map((c) => c.code)).toEqual(['BA']);
    // Kosovo has no ISO number in world-atlas; it is still named, by the code Intl knows it by.
    expect(sarajevo.countries.map((c) => c.code)).toContain('XK');
  });

  it('keeps a lone region from zooming the map to a city', () => {
    const [w, s, e, n] = mapExtent([regions[0]!]);
    expect(e - w).toBeGreaterThanOrEqual(16);
    expect(n - s).toBeGreaterThanOrEqual(10);
  });

  it('places labels off each other', () => {
    const boxes = layout.points.map((p) => p.label);
    expect(new Set(boxes.map((b) => `${b.x},${b.y}`)).size).toBe(boxes.length);
  });
});
