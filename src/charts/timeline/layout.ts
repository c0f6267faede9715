import { scaleLinear } from 'd3';
import { okabeIto } from '../palette.ts';
import { px } from '../table.ts';
import { textWidth, truncate } from '../text.ts';
import type { DatedCase, TimelineData } from './data.ts';

const rowHeight = 46;
const top = 30;
// Room on the left for the first year's label, centred on its tick.
const margin = { left: 20, right: 28 };
const font = 13;

/** Status by colour and, always, by the words printed on the bar's line. */
export const statusColour: Record<DatedCase['status'], string> = {
  planned: okabeIto.sky,
  unknown: okabeIto.orange,
  ongoing: okabeIto.blue,
  ended: okabeIto.green,
};

export interface TimelineLayout {
  width: number;
  height: number;
  ticks: { year: number; x: number }[];
  rows: (DatedCase & { title: string; when: string; y: number; x0: number; x1: number; open: boolean; fill: string })[];
}

/**
 * Years on a linear scale. An open period (no end stated) runs to the right edge with
 * an arrow: the chart shows that it started, and that no source says it stopped.
 */
export function timelineLayout(data: TimelineData, describe: (c: DatedCase) => string, width = 720): TimelineLayout {
  const froms = data.dated.map((c) => c.from);
  const tos = data.dated.map((c) => c.to ?? c.from);
  const anyOpen = data.dated.some((c) => c.to === undefined);
  const lo = Math.floor(Math.min(...froms));
  const hi = Math.max(lo + 2, Math.ceil(Math.max(...tos)) + (anyOpen ? 1 : 0));
  const x = scaleLinear([lo, hi], [margin.left, width - margin.right]);
  // With nothing dated the drawing holds one line of text saying so, not an empty frame.
  const height = data.dated.length === 0 ? 32 : top + data.dated.length * rowHeight;
  return {
    width,
    height,
    ticks:
      data.dated.length === 0
        ? []
        : x
            .ticks(Math.min(hi - lo, 10))
            .filter(Number.isInteger)
            .map((year) => ({ year, x: px(x(year)) })),
    rows: data.dated.map((c, i) => {
      // The dates and status share the title's line, so the title gives way to them.
      const when = describe(c);
      return {
        ...c,
        when,
        title: truncate(c.title, width - margin.left - margin.right - textWidth(` · ${when}`, 11), font),
        y: top + i * rowHeight,
        x0: px(x(c.from)),
        x1: px(c.to === undefined ? width - margin.right + 16 : Math.max(x(c.to), x(c.from) + 3)),
        open: c.to === undefined,
        fill: statusColour[c.status],
      };
    }),
  };
}
