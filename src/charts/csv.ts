import type { Atlas } from '../lib/atlas.ts';
import { coverageData, coverageTable } from './coverage/data.ts';
import { comparedFieldKeys, domainFieldsTable, fieldMatrix } from './fields/data.ts';
import { fieldLabel, valueLabel } from './fields/labels.ts';
import { mapData, mapTable } from './map/data.ts';
import { networkData, networkTable } from './network/data.ts';
import { tableCsv, type ChartTable } from './table.ts';
import { timelineData, timelineTable } from './timeline/data.ts';
import { arcData, arcTable, stageCounts, stageTable } from './transfers/data.ts';

/**
 * The table behind every chart, by the CSV name its figure links to: the same function
 * feeds the chart's data table, so a download always matches what the chart shows.
 * Worded in the atlas's language (atlas.i18n): the files under /data/charts/ come from
 * the original atlas, so they are in English with ids beside every label; labels.csv
 * gives the labels in the other languages.
 */
export function chartTables(atlas: Atlas): { name: string; title: string; table: () => ChartTable }[] {
  const loc = atlas.i18n;
  const s = loc.s;
  const c = s.charts;
  return [
    {
      name: 'coverage',
      title: c.coverage.csvName,
      table: () => coverageTable(coverageData(atlas), { region: s.facts.region, domain: s.facts.domains, cases: c.map.cases }),
    },
    { name: 'map', title: c.map.csvName, table: () => mapTable(mapData(atlas), c.map, loc.country) },
    { name: 'timeline', title: c.timeline.csvName, table: () => timelineTable(timelineData(atlas), c.timeline, s.labels.status) },
    { name: 'network', title: c.network.csvName, table: () => networkTable(networkData(atlas), c.network, c.network) },
    {
      name: 'transfer-arcs',
      title: c.transferArcs.csvName,
      table: () => arcTable(arcData(atlas), atlas, c.transferArcs, s.labels.trailStage),
    },
    {
      name: 'transfer-stages',
      title: c.transferStages.csvName,
      table: () => stageTable(stageCounts(atlas), atlas, c.transferStages, s.labels.trailScope, s.labels.trailStage),
    },
    ...atlas.domains.map((d) => ({
      name: `domain-${d.id}`,
      title: c.fields.csvName(d.data.name),
      table: () =>
        domainFieldsTable(
          comparedFieldKeys.map((f) => fieldMatrix(atlas, d.id, f)),
          { field: c.fields.field, value: c.fields.value, region: s.facts.region, cases: c.map.cases },
          { field: (f) => fieldLabel(s, f), value: (f, v) => valueLabel(s, f, v) },
        ),
    })),
  ];
}

export const chartCsv = (table: ChartTable): string => tableCsv(table);
