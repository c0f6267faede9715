import { scaleBand, scaleSqrt } from 'd3';
import { px } from '../table.ts';
import { textWidth, wrap } from '../text.ts';
import type { FieldMatrix } from './data.ts';

const font = 12;
const rowHeight = 30;
const columnWidth = 96;
const maxRadius = 12;

export interface FieldLayout {
  width: number;
  height: number;
  labelWidth: number;
  headerHeight: number;
  columns: { id: string; x: number; lines: string[]; empty: boolean; x0: number; w: number }[];
  rows: { value: string; label: string; y: number }[];
  cells: { region: string; value: string; count: number; cx: number; cy: number; r: number }[];
}

/** Values on rows (their labels are long), regions on columns; a circle's area counts cases. */
export function fieldLayout(
  m: FieldMatrix,
  label: (value: string) => string,
  regionHeader: (r: FieldMatrix['regions'][number]) => string,
): FieldLayout {
  const labelWidth = Math.ceil(Math.max(60, ...m.values.map((v) => textWidth(label(v), font))) + 12);
  const columns = m.regions.map((r) => ({ id: r.id, lines: wrap(regionHeader(r), columnWidth - 8, font), empty: r.cases === 0 }));
  const headerHeight = 10 + Math.max(1, ...columns.map((c) => c.lines.length)) * (font + 3);
  const width = labelWidth + Math.max(1, columns.length) * columnWidth;
  const height = headerHeight + m.values.length * rowHeight + 4;
  const x = scaleBand(
    columns.map((c) => c.id),
    [labelWidth, width],
  );
  const y = scaleBand(m.values, [headerHeight, height - 4]);
  const max = Math.max(1, ...m.cells.map((c) => c.cases.length));
  const r = scaleSqrt([0, max], [0, maxRadius]);
  return {
    width,
    height,
    labelWidth,
    headerHeight,
    columns: columns.map((c) => ({ ...c, x: px(x(c.id)! + x.bandwidth() / 2), x0: px(x(c.id)!), w: px(x.bandwidth()) })),
    rows: m.values.map((v) => ({ value: v, label: label(v), y: px(y(v)! + y.bandwidth() / 2) })),
    cells: m.cells.map((c) => ({
      region: c.region,
      value: c.value,
      count: c.cases.length,
      // The circle sits left of centre, its count to the right, so the two never collide.
      cx: px(x(c.region)! + x.bandwidth() / 2 - 8),
      cy: px(y(c.value)! + y.bandwidth() / 2),
      r: px(r(c.cases.length)),
    })),
  };
}
