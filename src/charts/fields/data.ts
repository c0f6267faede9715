import type { Atlas } from '../../lib/atlas.ts';
import { listed } from '../../lib/queries.ts';
import type { CaseEntry } from '../../lib/types.ts';
import { caseStatuses, evidenceLevels, governanceModes, practiceTypes, targetGroups } from '../../schemas/enums.ts';
import type { ChartTable } from '../table.ts';

/** The closed-vocabulary fields a domain is compared on, each with every value it may take. */
export const comparedFields = {
  governance: governanceModes,
  practiceType: practiceTypes,
  targetGroups,
  evidence: evidenceLevels,
  status: caseStatuses,
} as const;
export type ComparedField = keyof typeof comparedFields;
export const comparedFieldKeys = Object.keys(comparedFields) as ComparedField[];

/** A case's values for a field: one for most, several for target groups. */
export function fieldValues(c: CaseEntry, field: ComparedField): readonly string[] {
  if (field === 'targetGroups') return c.data.targetGroups;
  if (field === 'evidence') return [c.data.evidence.level];
  return [c.data[field]];
}

export interface FieldMatrix {
  field: ComparedField;
  /** Every region; `cases` counts its cases in the domain, 0 meaning the atlas holds none there. */
  regions: { id: string; name: string; cases: number }[];
  values: readonly string[];
  /** One per region × value, for regions with cases in the domain only: nothing is said of the others. */
  cells: { region: string; value: string; cases: string[] }[];
}

/** For one domain and field: which of each region's cases take each value. */
export function fieldMatrix(atlas: Atlas, domain: string, field: ComparedField): FieldMatrix {
  const inDomain = listed(atlas.casesByDomain, domain);
  const regions = atlas.regions.map((r) => ({
    id: r.id,
    name: r.data.name,
    cases: inDomain.filter((c) => c.data.regions.some((x) => x.id === r.id)),
  }));
  return {
    field,
    regions: regions.map((r) => ({ id: r.id, name: r.name, cases: r.cases.length })),
    values: comparedFields[field],
    cells: regions
      .filter((r) => r.cases.length > 0)
      .flatMap((r) =>
        comparedFields[field].map((value) => ({
          region: r.id,
          value,
          cases: r.cases.filter((c) => fieldValues(c, field).includes(value)).map((c) => c.id),
        })),
      ),
  };
}

/**
 * Every field × value × region of a domain as rows. A region with no case in the
 * domain has an empty count, not 0: the atlas knows nothing there, which is not zero.
 */
export function domainFieldsTable(
  matrices: FieldMatrix[],
  labels: { field: string; value: string; region: string; cases: string },
  words: { field: (f: ComparedField) => string; value: (f: ComparedField, v: string) => string },
): ChartTable {
  return {
    columns: [
      { key: 'field_name', label: labels.field },
      { key: 'field', label: labels.field },
      { key: 'value_name', label: labels.value },
      { key: 'value', label: labels.value },
      { key: 'region_name', label: labels.region },
      { key: 'region', label: labels.region },
      { key: 'cases', label: labels.cases },
      { key: 'case_ids', label: labels.cases },
    ],
    rows: matrices.flatMap((m) =>
      m.values.flatMap((value) =>
        m.regions.map((r) => {
          const cell = m.cells.find((c) => c.region === r.id && c.value === value);
          return {
            field_name: words.field(m.field),
            field: m.field,
            value_name: words.value(m.field, value),
            value,
            region_name: r.name,
            region: r.id,
            cases: cell ? cell.cases.length : '',
            case_ids: cell ? cell.cases.join('; ') : '',
          };
        }),
      ),
    ),
  };
}

/** One field as the chart draws it, values down and regions across: the table a reader scans. */
export function fieldTable(m: FieldMatrix, valueLabel: string, value: (v: string) => string, noCase: string): ChartTable {
  return {
    columns: [{ key: 'value', label: valueLabel }, ...m.regions.map((r) => ({ key: r.id, label: r.name }))],
    rows: m.values.map((v) => ({
      value: value(v),
      ...Object.fromEntries(m.regions.map((r) => [r.id, m.cells.find((c) => c.region === r.id && c.value === v)?.cases.length ?? noCase])),
    })),
  };
}
