import type { Atlas } from '../../lib/atlas.ts';
import { listed } from '../../lib/queries.ts';
import { otherLang, rowLangs, type ChartTable } from '../table.ts';

export interface MapRegion {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** [longitude, latitude], as regions.yaml states it. */
  coordinates: [number, number];
  cases: number;
  /** The language of `name` when it is not the atlas's (no translation yet). */
  lang?: string | undefined;
}

/** Every region at its representative point, with how many case studies the atlas holds there. */
export function mapData(atlas: Atlas): MapRegion[] {
  return atlas.regions.map((r) => ({
    id: r.id,
    name: r.data.name,
    country: r.data.country,
    coordinates: r.data.coordinates,
    cases: listed(atlas.casesByRegion, r.id).length,
    lang: otherLang(atlas, r, 'name'),
  }));
}

/** `countryName` names a country in the table's language ("IT" → "Italia" on an Italian page). */
export function mapTable(
  regions: MapRegion[],
  labels: { region: string; country: string; cases: string; longitude: string; latitude: string },
  countryName: (code: string) => string,
): ChartTable {
  return {
    columns: [
      { key: 'region_name', label: labels.region },
      { key: 'region', label: labels.region },
      { key: 'country_name', label: labels.country },
      { key: 'country', label: labels.country },
      { key: 'cases', label: labels.cases },
      { key: 'longitude', label: labels.longitude },
      { key: 'latitude', label: labels.latitude },
    ],
    rows: regions.map((r) => ({
      region_name: r.name,
      region: r.id,
      country_name: countryName(r.country),
      country: r.country,
      cases: r.cases,
      longitude: r.coordinates[0],
      latitude: r.coordinates[1],
    })),
    langs: regions.map((r) => rowLangs({ region_name: r.lang })),
  };
}
