import { geoAzimuthalEqualArea, geoClipRectangle, geoPath, geoRotation, scaleSqrt, type GeoProjection } from 'd3';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import { featureCountry } from '../../lib/iso-3166.ts';
import { countries50m as topology } from '../../lib/world.ts';
import { px } from '../table.ts';
import { textWidth } from '../text.ts';
import type { MapRegion } from './data.ts';

const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;

/** Shown when the atlas has no region yet, roughly the EU and its neighbours. */
const europe: [number, number, number, number] = [-11, 35, 30, 60];
const maxRadius = 24;
const font = 13;

export interface MapLayout {
  width: number;
  height: number;
  /** Each country's shape, by ISO 3166-1 alpha-2 code (none for the few Natural Earth leaves unnumbered). */
  countries: { code: string | undefined; d: string; atlas: boolean }[];
  points: (MapRegion & { x: number; y: number; r: number; label: { x: number; y: number; anchor: 'start' | 'end' | 'middle' } })[];
  /** Size key, bottom right (where the sea usually is): its box and circles in map coordinates. */
  legend: { x: number; y: number; width: number; height: number; items: { count: number; r: number; cx: number; cy: number }[] };
}

/**
 * The regions' extent, padded, then kept at least as large as a few countries so one
 * region alone does not zoom the map to a city.
 */
export function mapExtent(regions: readonly MapRegion[]): [number, number, number, number] {
  if (regions.length === 0) return europe;
  const lons = regions.map((r) => r.coordinates[0]);
  const lats = regions.map((r) => r.coordinates[1]);
  const grow = (lo: number, hi: number, pad: number, min: number) => {
    const mid = (lo + hi) / 2;
    const half = Math.max((hi - lo) / 2 + pad, min / 2);
    return [mid - half, mid + half] as const;
  };
  const [w, e] = grow(Math.min(...lons), Math.max(...lons), 4, 16);
  const [s, n] = grow(Math.min(...lats), Math.max(...lats), 3, 10);
  return [w, s, e, n];
}

/** `compare` orders equal-sized regions by name as the page's language sorts (loc.compare). */
export function mapLayout(
  regions: readonly MapRegion[],
  width = 500,
  compare: (a: string, b: string) => number = (a, b) => (a < b ? -1 : a > b ? 1 : 0),
): MapLayout {
  // The home page and /compare/ draw the same map: lay it out once per build.
  const key = JSON.stringify([regions, width]);
  let layout = laidOut.get(key);
  if (!layout) laidOut.set(key, (layout = layOut(regions, width, compare)));
  return layout;
}
const laidOut = new Map<string, MapLayout>();

function layOut(regions: readonly MapRegion[], width: number, compare: (a: string, b: string) => number): MapLayout {
  const [w, s, e, n] = mapExtent(regions);
  // Corners and edge midpoints, so the fitted frame follows the projection's curved edges.
  const frame = {
    type: 'MultiPoint' as const,
    coordinates: [w, (w + e) / 2, e].flatMap((lon) => [s, (s + n) / 2, n].map((lat) => [lon, lat])),
  };
  // Lambert azimuthal equal-area centred on the extent, as Europe's own EPSG:3035 is: areas stay true.
  const projection = geoAzimuthalEqualArea().rotate([-(w + e) / 2, -(s + n) / 2]);
  const [[x0, y0], [x1, y1]] = geoPath(projection.fitSize([1, 1], frame)).bounds(frame);
  const height = Math.round(Math.min(640, Math.max(300, (width * (y1 - y0)) / (x1 - x0))));
  projection
    .fitExtent(
      [
        [8, 8],
        [width - 8, height - 8],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  projection.preclip(visibleBox(projection, width, height));
  const path = geoPath(projection).digits(1);

  // Joined by code, never by name: names differ between languages and between Natural Earth and Intl.
  const inAtlas = new Set(regions.map((r) => r.country.toUpperCase()));
  const shapes = countries.features
    .map((f) => {
      const code = featureCountry(f);
      return { code, d: path(f) ?? '', atlas: code !== undefined && inAtlas.has(code) };
    })
    .filter((c) => c.d !== '');

  const max = Math.max(1, ...regions.map((r) => r.cases));
  const radius = scaleSqrt([0, max], [0, maxRadius]);
  const legend = legendLayout(
    [...new Set([1, Math.round(max / 2), max])].filter((c) => c > 0).map((count) => ({ count, r: px(radius(count)) })),
    width,
    height,
  );
  // Labels keep off the legend as they keep off each other.
  const placed: Box[] = [[legend.x, legend.y, legend.x + legend.width, legend.y + legend.height]];
  const points = [...regions]
    .sort((a, b) => b.cases - a.cases || compare(a.name, b.name))
    .map((r) => {
      const [x, y] = projection(r.coordinates) ?? [0, 0];
      const rr = r.cases === 0 ? 5 : radius(r.cases);
      return { ...r, x: px(x), y: px(y), r: px(rr) };
    });
  const withLabels = points.map((p) => ({ ...p, label: placeLabel(p, `${p.name} (${p.cases})`, placed, width, height, points) }));
  return { width, height, countries: shapes, points: withLabels, legend };
}

type Box = [number, number, number, number];

/**
 * A cut of the globe to what the map shows, made before projecting: d3's default cut
 * (a circle round the centre) costs as much for Brazil as for Belgium, and projecting
 * the whole world to show Europe was the dearest layout of a build. The box is in the
 * projection's rotated coordinates, where the map's centre is 0°, 0°, so it never meets
 * the antimeridian; it bounds the inverted edges of the drawing, with a margin.
 */
function visibleBox(projection: GeoProjection, width: number, height: number) {
  const rotate = geoRotation(projection.rotate());
  const steps = 8;
  const edge: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    edge.push([t * width, 0], [t * width, height], [0, t * height], [width, t * height]);
  }
  const seen = edge.map((p) => rotate(projection.invert!(p)!));
  const margin = 3;
  const lons = seen.map((p) => p[0]);
  const lats = seen.map((p) => p[1]);
  const radians = Math.PI / 180;
  return geoClipRectangle(
    Math.max(-180, Math.min(...lons) - margin) * radians,
    Math.max(-90, Math.min(...lats) - margin) * radians,
    Math.min(180, Math.max(...lons) + margin) * radians,
    Math.min(90, Math.max(...lats) + margin) * radians,
  );
}

function legendLayout(sizes: { count: number; r: number }[], width: number, height: number): MapLayout['legend'] {
  const big = Math.max(6, ...sizes.map((l) => l.r));
  let cursor = 12;
  const items = sizes.map((l) => {
    const half = Math.max(l.r, 8);
    const item = { ...l, cx: px(cursor + half), cy: px(24 + big) };
    cursor += 2 * half + 12;
    return item;
  });
  const w = Math.max(cursor, 100);
  const h = 24 + 2 * big + 22;
  return { x: px(width - w - 8), y: px(height - h - 8), width: px(w), height: px(h), items };
}
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Greedy placement: right, left, above, below, taking the first spot that hits no earlier label or circle. */
function placeLabel(
  p: { x: number; y: number; r: number },
  text: string,
  placed: Box[],
  width: number,
  height: number,
  points: { x: number; y: number; r: number }[],
) {
  const tw = textWidth(text, font);
  const candidates = [
    { x: p.x + p.r + 4, y: p.y, anchor: 'start' as const, box: [p.x + p.r + 2, p.y - 9, p.x + p.r + 6 + tw, p.y + 9] as Box },
    { x: p.x - p.r - 4, y: p.y, anchor: 'end' as const, box: [p.x - p.r - 6 - tw, p.y - 9, p.x - p.r - 2, p.y + 9] as Box },
    { x: p.x, y: p.y - p.r - 8, anchor: 'middle' as const, box: [p.x - tw / 2, p.y - p.r - 18, p.x + tw / 2, p.y - p.r - 2] as Box },
    { x: p.x, y: p.y + p.r + 10, anchor: 'middle' as const, box: [p.x - tw / 2, p.y + p.r + 2, p.x + tw / 2, p.y + p.r + 18] as Box },
  ];
  const circles = points.filter((q) => q !== p).map((q) => [q.x - q.r, q.y - q.r, q.x + q.r, q.y + q.r] as Box);
  const fits = (b: Box) => b[0] >= 0 && b[2] <= width && b[1] >= 0 && b[3] <= height;
  const best =
    candidates.find((c) => fits(c.box) && ![...placed, ...circles].some((o) => overlaps(o, c.box))) ??
    candidates.find((c) => fits(c.box)) ??
    candidates[0]!;
  placed.push(best.box);
  return { x: px(best.x), y: px(best.y), anchor: best.anchor };
}
