/**
 * The small locator map of a brief, laid out at build time: country borders around the
 * host region's representative point, with the country that contains it picked out.
 * Pure: the topology comes in as an argument, so tests can pass a tiny one.
 */
import { geoContains, geoMercator, geoPath } from 'd3';
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface HostMapLayout {
  width: number;
  height: number;
  countries: { name: string; d: string; host: boolean }[];
  /** The region's point in SVG coordinates. */
  point: [number, number];
  /** Name of the country containing the point, when the topology has one. */
  hostCountry: string | undefined;
}

interface Options {
  width?: number;
  height?: number;
  /** Half the width of the window, in degrees of longitude; the height keeps the aspect. */
  span?: number;
}

/**
 * A window centred on the point rather than fitted to the country: France's shape in
 * Natural Earth includes French Guiana, and fitting to it would shrink Europe to a dot.
 */
export function hostMapLayout(
  topology: Topology<{ countries: GeometryCollection<{ name: string }> }>,
  point: readonly [number, number],
  { width = 320, height = 240, span = 6 }: Options = {},
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
  const projection = geoMercator()
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

  const collection = feature(topology, topology.objects.countries);
  const countries = collection.features
    .map((f: Feature<Geometry, { name: string }>) => ({
      name: f.properties.name,
      d: path(f) ?? '',
      host: geoContains(f, [lon, lat]),
    }))
    .filter((c) => c.d !== '');
  const [x, y] = projection([lon, lat]) ?? [width / 2, height / 2];
  return {
    width,
    height,
    countries,
    point: [Math.round(x * 10) / 10, Math.round(y * 10) / 10],
    hostCountry: countries.find((c) => c.host)?.name,
  };
}
