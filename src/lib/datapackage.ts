/**
 * datapackage.json: a Frictionless (Tabular) Data Package describing every CSV the atlas
 * publishes, so a data portal or `frictionless validate` can load them with their types,
 * keys and licence. Written in the v1 form, which v2 readers also accept.
 */
import type { ChartTable } from '../charts/table.ts';
import type { DatasetCitation } from './cite.ts';
import { contentLicense } from './structured-data.ts';
import type { TableField, TidyTable } from './tidy.ts';

/** The CSV dialect every file shares (src/lib/export.ts writes it). */
const dialect = { delimiter: ',', doubleQuote: true, lineTerminator: '\r\n', quoteChar: '"', header: true };

/** A source document named by the content, as a package source. */
export interface PackageSource {
  title: string;
  path?: string | undefined;
}

export interface PackageInput {
  cff: DatasetCitation;
  tables: readonly TidyTable[];
  charts: readonly { name: string; title: string; table: ChartTable }[];
  sources: readonly PackageSource[];
  /** Address (or path) of the data page. */
  homepage: string;
}

const resource = (name: string, path: string, description: string, schema: Record<string, unknown>) => ({
  name,
  path,
  profile: 'tabular-data-resource',
  format: 'csv',
  mediatype: 'text/csv',
  // UTF-8, written with a byte-order mark so spreadsheet programs detect it (README, "Open data").
  encoding: 'utf-8',
  dialect,
  description,
  schema: { missingValues: [''], ...schema },
});

/** A chart's columns are numbers when every value is one, else text. */
function chartFields(t: ChartTable): TableField[] {
  return t.columns.map((c) => ({
    name: c.key,
    type:
      t.rows.length > 0 && t.rows.every((r) => typeof r[c.key] === 'number')
        ? t.rows.every((r) => Number.isInteger(r[c.key]))
          ? 'integer'
          : 'number'
        : 'string',
    description: c.label,
  }));
}

export function dataPackage(p: PackageInput): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'practice-atlas',
    title: p.cff.title,
    description: `${p.cff.abstract} Text cells that a spreadsheet would read as a formula (starting with =, +, -, @, a tab or a carriage return) begin with an apostrophe in the CSV files; the JSON files keep every value as written.`,
    ...(p.cff.version ? { version: p.cff.version } : {}),
    homepage: p.homepage,
    keywords: p.cff.keywords,
    contributors: p.cff.authors.map((title) => ({ title, role: 'author' })),
    licenses: [{ name: 'CC-BY-4.0', path: contentLicense, title: 'Creative Commons Attribution 4.0 International' }],
    sources: p.sources.map((s) => ({ title: s.title, ...(s.path ? { path: s.path } : {}) })),
    resources: [
      ...p.tables.map((t) =>
        resource(t.name, `${t.name}.csv`, t.description, {
          fields: t.fields,
          primaryKey: t.primaryKey,
          ...(t.foreignKeys.length > 0 ? { foreignKeys: t.foreignKeys } : {}),
        }),
      ),
      ...p.charts.map((c) => resource(`chart-${c.name}`, `charts/${c.name}.csv`, c.title, { fields: chartFields(c.table) })),
    ],
  };
}
