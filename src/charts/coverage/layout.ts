import { interpolateRgb, scaleBand, scaleSequential } from 'd3';
import { ink, okabeIto, textOn } from '../palette.ts';
import { textWidth, wrap } from '../text.ts';
import { px } from '../table.ts';
import { coverageMax, type CoverageData } from './data.ts';

const font = 13;
const cellHeight = 40;
const minCellWidth = 64;
const maxLabel = 124;

export interface CoverageLayout {
  width: number;
  height: number;
  columns: { id: string; name: string; lang?: string | undefined; x: number; lines: string[] }[];
  rows: { id: string; name: string; lang?: string | undefined; y: number; lines: string[] }[];
  cells: { region: string; domain: string; count: number; x: number; y: number; w: number; h: number; fill: string; text: string }[];
  headerHeight: number;
}

/** Band scales place regions on rows and domains on columns; the fill darkens with the count. */
export function coverageLayout(data: CoverageData): CoverageLayout {
  // Names wrap (regions onto two lines at most, domains word by word) so the matrix is
  // narrow enough for a phone at a legible size: its width sets how far it may scale down.
  const labelWidth = Math.ceil(Math.max(80, ...data.regions.map((r) => Math.min(maxLabel, textWidth(r.name, font)))) + 16);
  const longestWord = (name: string) => Math.max(...name.split(/\s+/).map((w) => textWidth(w, font)));
  const cellWidth = Math.ceil(Math.max(minCellWidth, ...data.domains.map((d) => Math.min(112, longestWord(d.name) + 16))));
  const columns = data.domains.map((d) => ({ ...d, lines: wrap(d.name, cellWidth - 8, font) }));
  const headerHeight = 12 + Math.max(1, ...columns.map((c) => c.lines.length)) * (font + 3);
  const width = labelWidth + Math.max(1, data.domains.length) * cellWidth + 2;
  const height = headerHeight + Math.max(1, data.regions.length) * cellHeight + 2;

  const x = scaleBand(
    data.domains.map((d) => d.id),
    [labelWidth, width - 2],
  ).paddingInner(0.06);
  const y = scaleBand(
    data.regions.map((r) => r.id),
    [headerHeight, height - 2],
  ).paddingInner(0.08);
  const max = coverageMax(data);
  // One hue, light to dark: a count reads as "more", whatever the reader's colour vision.
  const fill = scaleSequential([1, Math.max(2, max)], interpolateRgb('#cfe3f1', okabeIto.blue));
  const hex = (count: number) => (count === 0 ? ink.paper : toHex(fill(count)));

  return {
    width,
    height,
    headerHeight,
    columns: columns.map((c) => ({ ...c, x: px(x(c.id)! + x.bandwidth() / 2) })),
    rows: data.regions.map((r) => ({ ...r, y: px(y(r.id)! + y.bandwidth() / 2), lines: wrap(r.name, labelWidth - 8, font).slice(0, 2) })),
    cells: data.cells.map((c) => {
      const count = c.cases.length;
      return {
        region: c.region,
        domain: c.domain,
        count,
        x: px(x(c.domain)!),
        y: px(y(c.region)!),
        w: px(x.bandwidth()),
        h: px(y.bandwidth()),
        fill: hex(count),
        text: count === 0 ? ink.muted : textOn(hex(count)),
      };
    }),
  };
}

/** d3 interpolators answer "rgb(r, g, b)"; the palette helpers and snapshots want hex. */
function toHex(rgb: string): string {
  const parts = rgb.match(/\d+/g)?.slice(0, 3).map(Number) ?? [0, 0, 0];
  return `#${parts.map((n) => n.toString(16).padStart(2, '0')).join('')}`;
}
