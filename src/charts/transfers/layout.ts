import { interpolateRgb, scaleSequential } from 'd3';
import type { Atlas } from '../../lib/atlas.ts';
import type { TrailStage } from '../../lib/trails.ts';
import { trailScopes, trailStages } from '../../schemas/enums.ts';
import { mapData } from '../map/data.ts';
import { mapLayout, type MapLayout } from '../map/layout.ts';
import { ink, okabeIto, textOn } from '../palette.ts';
import { px } from '../table.ts';
import { textWidth } from '../text.ts';
import type { StageCount, TransferArc } from './data.ts';

/**
 * Line style by stage, told apart without colour: dots for interest, dashes for a plan,
 * dash-dots for a pilot, a full line for adoption; a discontinued trail is a thin line
 * broken by long gaps. Heavier lines for stages further along.
 */
export const stageStyle: Record<TrailStage, { dash?: string; width: number }> = {
  interest: { dash: '1.5 4', width: 2 },
  planned: { dash: '7 5', width: 2.2 },
  piloted: { dash: '10 4 2 4', width: 2.6 },
  adopted: { width: 3 },
  discontinued: { dash: '14 8', width: 1.4 },
};

export interface ArcLayout {
  map: MapLayout;
  arcs: (TransferArc & { d: string })[];
  /** Regions at an end of some arc: only these are labelled. */
  ends: MapLayout['points'];
  legend: { x: number; y: number; width: number; height: number; rows: { stage: TrailStage; y: number }[] };
}

/**
 * Arcs drawn on the region map's own projection (so the two maps agree), as curves
 * bending to the left of their direction: two trails between the same regions in opposite
 * directions stay apart, and repeated pairs bend further. Each arc stops short of the
 * region's dot so the arrowhead at its end shows the direction.
 */
export function arcLayout(atlas: Atlas, arcs: TransferArc[], width = 560): ArcLayout {
  const map = mapLayout(mapData(atlas), width, atlas.i18n.compare);
  const at = new Map(map.points.map((p) => [p.id, p]));
  const seen = new Map<string, number>();
  const laid = arcs.flatMap((a) => {
    const p = at.get(a.from);
    const q = at.get(a.to);
    if (!p || !q) return [];
    const key = `${a.from}>${a.to}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const len = Math.hypot(dx, dy) || 1;
    const bend = len * 0.22 + n * 14;
    // Left-hand normal of the direction of travel.
    const cx = (p.x + q.x) / 2 + (dy / len) * bend;
    const cy = (p.y + q.y) / 2 - (dx / len) * bend;
    const trim = (from: { x: number; y: number }, toward: { x: number; y: number }, by: number) => {
      const l = Math.hypot(toward.x - from.x, toward.y - from.y) || 1;
      return { x: from.x + ((toward.x - from.x) / l) * by, y: from.y + ((toward.y - from.y) / l) * by };
    };
    const start = trim(p, { x: cx, y: cy }, 6);
    const end = trim(q, { x: cx, y: cy }, 9);
    return [{ ...a, d: `M${px(start.x)},${px(start.y)}Q${px(cx)},${px(cy)} ${px(end.x)},${px(end.y)}` }];
  });
  const endIds = new Set(laid.flatMap((a) => [a.from, a.to]));
  const rowHeight = 18;
  const legendWidth = 170;
  return {
    map,
    arcs: laid,
    ends: map.points.filter((p) => endIds.has(p.id)),
    legend: {
      x: 8,
      y: 8,
      width: legendWidth,
      height: 28 + trailStages.length * rowHeight,
      rows: trailStages.map((stage, i) => ({ stage, y: 34 + i * rowHeight })),
    },
  };
}

const font = 13;

export interface StageGridLayout {
  width: number;
  height: number;
  columns: { stage: TrailStage; x: number }[];
  blocks: { scope: StageCount['scope']; y: number }[];
  rows: { scope: StageCount['scope']; domain: string; name: string; y: number }[];
  cells: (StageCount & { x: number; y: number; w: number; h: number; fill: string; text: string })[];
}

/** Domains down, stages across, one block per scope; the fill darkens with the count. */
export function stageGridLayout(
  counts: StageCount[],
  domainName: (id: string) => string,
  stageName: (s: TrailStage) => string,
): StageGridLayout {
  const domains = [...new Set(counts.map((c) => c.domain))];
  const labelWidth = Math.ceil(Math.max(90, ...domains.map((d) => textWidth(domainName(d), font))) + 16);
  const cellWidth = Math.ceil(Math.max(72, ...trailStages.map((s) => textWidth(stageName(s), font) + 12)));
  const cellHeight = 30;
  const header = 28;
  const blockTitle = 26;
  const width = labelWidth + trailStages.length * cellWidth + 2;
  const max = Math.max(1, ...counts.map((c) => c.count));
  const scale = scaleSequential([1, Math.max(2, max)], interpolateRgb('#cfe3f1', okabeIto.blue));
  const hex = (count: number) => (count === 0 ? ink.paper : toHex(scale(count)));
  const columns = trailStages.map((stage, i) => ({ stage, x: px(labelWidth + i * cellWidth + cellWidth / 2) }));
  const blocks: StageGridLayout['blocks'] = [];
  const rows: StageGridLayout['rows'] = [];
  const cells: StageGridLayout['cells'] = [];
  let y = header;
  for (const scope of trailScopes) {
    blocks.push({ scope, y: px(y + blockTitle - 8) });
    y += blockTitle;
    for (const domain of domains) {
      rows.push({ scope, domain, name: domainName(domain), y: px(y + cellHeight / 2) });
      for (const [i, stage] of trailStages.entries()) {
        const c = counts.find((k) => k.scope === scope && k.domain === domain && k.stage === stage)!;
        const fill = hex(c.count);
        cells.push({
          ...c,
          x: px(labelWidth + i * cellWidth + 2),
          y: px(y + 2),
          w: cellWidth - 4,
          h: cellHeight - 4,
          fill,
          text: c.count === 0 ? ink.muted : textOn(fill),
        });
      }
      y += cellHeight;
    }
  }
  return { width, height: Math.ceil(y + 4), columns, blocks, rows, cells };
}

function toHex(rgb: string): string {
  const parts = rgb.match(/\d+/g)?.slice(0, 3).map(Number) ?? [0, 0, 0];
  return `#${parts.map((n) => n.toString(16).padStart(2, '0')).join('')}`;
}
