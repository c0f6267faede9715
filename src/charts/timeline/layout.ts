import { scaleLinear } from 'd3';
import { ink, okabeIto } from '../palette.ts';
import { px } from '../table.ts';
import { textWidth, truncate } from '../text.ts';
import type { DatedCase, DatedProject, TimelineData } from './data.ts';

const rowHeight = 46;
const headingHeight = 26;
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

/** A project's bar: neutral, the frame the practices ran in, not a status. */
export const projectColour = ink.muted;

export type RowKind = 'project' | 'case';

/** What a row's description is made from: its kind, stated dates and, for a case, status. */
export interface RowFacts {
  kind: RowKind;
  start: string;
  end?: string | undefined;
  status?: DatedCase['status'] | undefined;
}

export interface TimelineRow extends RowFacts {
  id: string;
  /** The whole title, for the row's tooltip. */
  title: string;
  /** The title cut to share its line with the dates: a German or French title often is. */
  shownTitle: string;
  /** The title's language when it is not the atlas's (no translation yet). */
  lang?: string | undefined;
  when: string;
  y: number;
  x0: number;
  x1: number;
  open: boolean;
  fill: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  ticks: { year: number; x: number }[];
  /** A heading above each kind that has rows, saying what its bars are. */
  groups: { kind: RowKind; y: number }[];
  rows: TimelineRow[];
}

/**
 * Years on a linear scale; projects first, then cases, each under its heading. An open
 * period (no end stated) runs to the right edge with an arrow: the chart shows that it
 * started, and that no source says it stopped.
 */
export function timelineLayout(data: TimelineData, describe: (r: RowFacts) => string, width = 720): TimelineLayout {
  const all = [...data.projects, ...data.dated];
  const froms = all.map((c) => c.from);
  const tos = all.map((c) => c.to ?? c.from);
  const anyOpen = all.some((c) => c.to === undefined);
  const lo = Math.floor(Math.min(...froms));
  const hi = Math.max(lo + 2, Math.ceil(Math.max(...tos)) + (anyOpen ? 1 : 0));
  const x = scaleLinear([lo, hi], [margin.left, width - margin.right]);

  const groups: TimelineLayout['groups'] = [];
  const rows: TimelineRow[] = [];
  let y = top;
  const kinds: [RowKind, (DatedProject | DatedCase)[]][] = [
    ['project', data.projects],
    ['case', data.dated],
  ];
  for (const [kind, entries] of kinds) {
    if (entries.length === 0) continue;
    groups.push({ kind, y });
    y += headingHeight;
    for (const c of entries) {
      const status: DatedCase['status'] | undefined = 'status' in c ? c.status : undefined;
      // The dates and status share the title's line, so the title gives way to them.
      const when = describe({ kind, start: c.start, end: c.end, status });
      rows.push({
        kind,
        id: c.id,
        start: c.start,
        end: c.end,
        status,
        when,
        title: c.title,
        shownTitle: truncate(c.title, width - margin.left - margin.right - textWidth(` · ${when}`, 11), font),
        lang: c.lang,
        y,
        x0: px(x(c.from)),
        x1: px(c.to === undefined ? width - margin.right + 16 : Math.max(x(c.to), x(c.from) + 3)),
        open: c.to === undefined,
        fill: status === undefined ? projectColour : statusColour[status],
      });
      y += rowHeight;
    }
  }
  return {
    width,
    // With nothing dated the drawing holds one line of text saying so, not an empty frame.
    height: rows.length === 0 ? 32 : y,
    ticks:
      rows.length === 0
        ? []
        : x
            .ticks(Math.min(hi - lo, 10))
            .filter(Number.isInteger)
            .map((year) => ({ year, x: px(x(year)) })),
    groups,
    rows,
  };
}
