import { toCsv } from '../lib/export.ts';

/**
 * The figures behind a chart, once: the data table alternative shows them with
 * labels, the CSV download with stable keys, so both always say the same.
 */
export interface ChartTable {
  /** `date`: an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), kept as written in the CSV, worded by the page's language in its table. */
  columns: { key: string; label: string; type?: 'date' }[];
  rows: Record<string, string | number>[];
}

export const tableCsv = (t: ChartTable): string =>
  toCsv(
    t.columns.map((c) => c.key),
    t.rows.map((r) => t.columns.map((c) => r[c.key])),
  );

/** Rounds for SVG output: sub-pixel digits add bytes and churn snapshots, not precision anyone sees. */
export const px = (n: number): number => Math.round(n * 10) / 10;
