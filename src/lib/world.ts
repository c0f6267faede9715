/**
 * Natural Earth 1:50m country borders, shipped in the world-atlas npm package: maps are
 * drawn at build time with no tile server and no request at view time. Read from disk
 * once rather than imported, so 750 KB of JSON stays out of the bundle; one place for
 * the file and its type, shared by the region map and the brief maps.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const require = createRequire(import.meta.url);
export const countries50m = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Countries;
