/**
 * The small locator map of a brief, laid out at build time: country borders around the
 * host region's representative point, with the country that contains it picked out.
 * Pure: the topology comes in as an argument, so tests can pass a tiny one.
 */
import { geoBounds, geoClipRectangle, geoContains, geoMercator, geoPath } from 'd3';
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { Countries } from './world.ts';
import { featureCountry } from './iso-3166.ts';

export interface HostMapLayout {
  width: number;
  height: number;
  /** Each country by its ISO 3166-1 alpha-2 code (undefined for the few shapes Natural Earth leaves unnumbered). */
  countries: { code: string | undefined; d: string; host: boolean }[];
  /** The region's point in SVG coordinates. */
  point: [number, number];
  /** Code of the host country: the one given, or else the one containing the point, when the topology has one. */
  hostCountry: string | undefined;
}

interface Options {
  width?: number;
  height?: number;
  /** Half the width of the window, in degrees of longitude; the height keeps the aspect. */
  span?: number;
  /**
   * The region's country (ISO 3166-1 alpha-2), picked out by code: a coastal point may fall
   * in the sea at this scale. Without it, the country containing the point is picked out.
   */
  country?: string | undefined;
}

type Country = { feature: Feature<Geometry, { name: string }>; bounds: [[number, number], [number, number]] };

// Converting the topology and bounding each country is the costly part; do it once per
// topology, not once per brief, so a thousand briefs cost a thousand cheap layouts.
const prepared = new WeakMap<Countries, Country[]>();
function countriesOf(topology: Countries): Country[] {
  let list = prepared.get(topology);
  if (!list) {
    list = feature(topology, topology.objects.countries).features.map((f: Feature<Geometry, { name: string }>) => ({
      feature: f,
      bounds: geoBounds(f),
    }));
    prepared.set(topology, list);
  }
  return list;
}

/** Whether a country's bounding box meets a lon/lat window that does not cross the antimeridian. */
const meets = ([[w, s], [e, n]]: Country['bounds'], [[west, south], [east, north]]: Country['bounds']) =>
  s <= north && n >= south && (w > e ? west <= e || east >= w : w <= east && e >= west);

/**
 * A window centred on the point rather than fitted to the country: France's shape in
 * Natural Earth includes French Guiana, and fitting to it would shrink Europe to a dot.
 */
export function hostMapLayout(topology: Countries, point: readonly [number, number], options: Options = {}): HostMapLayout {
  // A region's brief and the briefs of tours to it draw the same map: lay it out once.
  const key = JSON.stringify([point, options]);
  let layouts = drawn.get(topology);
  if (!layouts) drawn.set(topology, (layouts = new Map<string, HostMapLayout>()));
  let layout = layouts.get(key);
  if (!layout) layouts.set(key, (layout = layOut(topology, point, options)));
  return layout;
}
const drawn = new WeakMap<Countries, Map<string, HostMapLayout>>();

function layOut(
  topology: Countries,
  point: readonly [number, number],
  { width = 320, height = 240, span = 6, country }: Options,
): HostMapLayout {
  const [lon, lat] = point;
  const latSpan = (span * height) / width;
  const window = {
    type: 'MultiPoint' as const,
    coordinates: [
      [lon - span, lat - latSpan],
      [lon + span, lat + latSpan],
    ],
  };
  const bounds: Country['bounds'] = [
    [lon - span * 2, lat - latSpan * 2],
    [lon + span * 2, lat + latSpan * 2],
  ];
  const radians = Math.PI / 180;
  const projection = geoMercator()
    // Cut each country to the window's surroundings before projecting, instead of
    // projecting all of Russia or France to draw a 12-degree window: five times faster.
    // This clip replaces the antimeridian one, which a European window never needs.
    .preclip(geoClipRectangle(bounds[0][0] * radians, bounds[0][1] * radians, bounds[1][0] * radians, bounds[1][1] * radians))
    .fitExtent(
      [
        [0, 0],
        [width, height],
      ],
      window,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const path = geoPath(projection).digits(1);

  const countries = countriesOf(topology)
    .filter((c) => meets(c.bounds, bounds))
    .map(({ feature: f, bounds: b }) => {
      const code = featureCountry(f);
      return {
        code,
        d: path(f) ?? '',
        host: country
          ? code === country.toUpperCase()
          : meets(b, [
              [lon, lat],
              [lon, lat],
            ]) && geoContains(f, [lon, lat]),
      };
    })
    .filter((c) => c.d !== '');
  const [x, y] = projection([lon, lat]) ?? [width / 2, height / 2];
  return {
    width,
    height,
    countries,
    point: [Math.round(x * 10) / 10, Math.round(y * 10) / 10],
    hostCountry: countries.find((c) => c.host)?.code,
  };
}
