import { toCsv } from '../lib/export.ts';
import { fieldLang, type TextInfo } from '../lib/localize.ts';

/**
 * The figures behind a chart, once: the data table alternative shows them with
 * labels, the CSV download with stable keys, so both always say the same.
 */
export interface ChartTable {
  /** `date`: an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), kept as written in the CSV, worded by the page's language in its table. */
  /** `lang`: a heading in another language than the page's (a name with no translation yet). */
  columns: { key: string; label: string; type?: 'date'; lang?: string | undefined }[];
  rows: Record<string, string | number>[];
  /**
   * Per row, the language of a cell whose text is not in the table's language (a name no
   * translation gives yet), so the page marks it with `lang`; the CSV ignores it.
   */
  langs?: (Record<string, string> | undefined)[];
}

/**
 * The language of an entry's field when it differs from the atlas's: what a chart's table
 * marks with `lang`. Undefined for text in the reader's language, or an entry not localized.
 */
export function otherLang(atlas: { locale: string }, entry: { text?: TextInfo }, field: string): string | undefined {
  const lang = fieldLang(entry, field);
  return lang && lang !== atlas.locale ? lang : undefined;
}

/** The `langs` of one row: only the cells that have one. */
export const rowLangs = (cells: Record<string, string | undefined>): Record<string, string> | undefined => {
  const found = Object.entries(cells).filter((e): e is [string, string] => e[1] !== undefined);
  return found.length > 0 ? Object.fromEntries(found) : undefined;
};

export const tableCsv = (t: ChartTable): string =>
  toCsv(
    t.columns.map((c) => c.key),
    t.rows.map((r) => t.columns.map((c) => r[c.key])),
  );

/** Rounds for SVG output: sub-pixel digits add bytes and churn snapshots, not precision anyone sees. */
export const px = (n: number): number => Math.round(n * 10) / 10;
