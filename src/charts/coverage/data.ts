import type { Atlas } from '../../lib/atlas.ts';
import { coverage } from '../../lib/queries.ts';
import { otherLang, rowLangs, type ChartTable } from '../table.ts';

export interface CoverageData {
  /** `lang`: the name's language when it is not the atlas's (no translation yet). */
  regions: { id: string; name: string; lang?: string | undefined }[];
  domains: { id: string; name: string; lang?: string | undefined }[];
  /** Every region × domain pair, in region then domain order; `cases` is empty where the atlas holds none. */
  cells: { region: string; domain: string; cases: string[] }[];
}

/** Case ids per region and domain; a case in two regions or domains counts in each. */
export function coverageData(atlas: Atlas): CoverageData {
  return {
    regions: atlas.regions.map((r) => ({ id: r.id, name: r.data.name, lang: otherLang(atlas, r, 'name') })),
    domains: atlas.domains.map((d) => ({ id: d.id, name: d.data.name, lang: otherLang(atlas, d, 'name') })),
    cells: coverage(atlas).map((c) => ({ region: c.region, domain: c.domain, cases: c.cases.map((x) => x.id) })),
  };
}

/** The largest cell count; 0 when the atlas holds no case. */
export const coverageMax = (data: CoverageData): number => Math.max(0, ...data.cells.map((c) => c.cases.length));

/** One row per region × domain, as the CSV gives it. */
export function coverageTable(data: CoverageData, labels: { region: string; domain: string; cases: string }): ChartTable {
  const name = (list: { id: string; name: string }[], id: string) => list.find((x) => x.id === id)?.name ?? id;
  return {
    columns: [
      { key: 'region', label: labels.region },
      { key: 'region_name', label: labels.region },
      { key: 'domain', label: labels.domain },
      { key: 'domain_name', label: labels.domain },
      { key: 'cases', label: labels.cases },
      { key: 'case_ids', label: labels.cases },
    ],
    rows: data.cells.map((c) => ({
      region: c.region,
      region_name: name(data.regions, c.region),
      domain: c.domain,
      domain_name: name(data.domains, c.domain),
      cases: c.cases.length,
      case_ids: c.cases.join('; '),
    })),
    langs: data.cells.map((c) =>
      rowLangs({
        region_name: data.regions.find((x) => x.id === c.region)?.lang,
        domain_name: data.domains.find((x) => x.id === c.domain)?.lang,
      }),
    ),
  };
}
