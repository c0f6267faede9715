import { describe, expect, it } from 'vitest';
import countries from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { GeometryCollection, Topology } from 'topojson-specification';
import { hostMapLayout } from '../../src/lib/host-map.ts';

const topology = countries as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;

describe('hostMapLayout', () => {
  it('centres the window on the region and picks out the country that contains it', () => {
    const map = hostMapLayout(topology, [4.83, 45.76], { width: 320, height: 240 });
    expect(map.hostCountry).toBe('FR');
    expect(map.countries.filter((c) => c.host).map((c) => c.code)).toEqual(['FR']);
    expect(map.point[0]).toBeCloseTo(160, 0);
    expect(map.countries.map((c) => c.code)).toEqual(expect.arrayContaining(['IT', 'CH']));
  });

  it('clips to the window, so far countries add nothing to the SVG', () => {
    const map = hostMapLayout(topology, [2.17, 41.39]);
    expect(map.countries.map((c) => c.code)).not.toContain('JP');
    for (const c of map.countries) {
      const numbers = c.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      for (const n of numbers) expect(Math.abs(n)).toBeLessThanOrEqual(320);
    }
  });

  it('has no host country for a point at sea', () => {
    expect(hostMapLayout(topology, [-30, 40]).hostCountry).toBeUndefined();
  });

  it('draws a country that crosses the antimeridian only where the window meets it', () => {
    // Russia's box spans the antimeridian: it belongs on a map of St Petersburg, not of Lisbon.
    const petersburg = hostMapLayout(topology, [30.32, 59.94]);
    expect(petersburg.hostCountry).toBe('RU');
    expect(petersburg.countries.find((c) => c.code === 'RU')?.d).toMatch(/^M/);
    expect(hostMapLayout(topology, [-9.14, 38.72]).countries.map((c) => c.code)).not.toContain('RU');
  });

  it("picks out the region's own country by its ISO code, even where the point falls in the sea", () => {
    // Off the coast of Liguria: no country contains the point, Italy is still the host.
    const map = hostMapLayout(topology, [8.9, 44.2], { country: 'IT' });
    expect(map.hostCountry).toBe('IT');
    expect(map.countries.filter((c) => c.host).map((c) => c.code)).toEqual(['IT']);
    expect(hostMapLayout(topology, [8.9, 44.2]).hostCountry).toBeUndefined();
  });
});
