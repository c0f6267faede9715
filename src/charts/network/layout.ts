import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, randomLcg, type SimulationNodeDatum } from 'd3';
import { px } from '../table.ts';
import { textWidth, truncate } from '../text.ts';
import type { NetworkData, NetworkNode, Relation } from './data.ts';

// Measured at the larger of the two label sizes, so no label is given too little room.
const font = 12;
const margin = 14;

type SimNode = NetworkNode & SimulationNodeDatum & { r: number };
type Box = [number, number, number, number];

export interface NetworkLayout {
  width: number;
  height: number;
  nodes: (NetworkNode & {
    x: number;
    y: number;
    r: number;
    text: string;
    labelAt: { x: number; y: number; anchor: 'start' | 'end' | 'middle' } | null;
  })[];
  links: { source: string; target: string; relations: Relation[]; x1: number; y1: number; x2: number; y2: number }[];
}

const radius = (n: NetworkNode, degree: number) => (n.kind === 'region' ? 9 + Math.sqrt(degree) * 1.5 : n.kind === 'project' ? 8 : 5);

/**
 * The force simulation, run once per graph and shared by every language's page: it reads
 * only the graph (keys, kinds, links), never a label, and runs on the nodes in key order, so
 * each language's drawing has the same shape and only the labels differ.
 */
function simulate(data: NetworkData): SimNode[] {
  const key = `${data.nodes.map((n) => `${n.kind}:${n.key}`).sort().join('|')}#${data.links.map((l) => `${l.source}>${l.target}`).sort().join('|')}`;
  const done = simulated.get(key);
  const byKey = new Map(data.nodes.map((n) => [n.key, n]));
  // Each page gets its own nodes (its labels), placed where the shared run put them.
  if (done) return done.map((p) => ({ ...byKey.get(p.key)!, x: p.x, y: p.y, r: p.r }));
  const degree = new Map<string, number>();
  for (const l of data.links) for (const k of [l.source, l.target]) degree.set(k, (degree.get(k) ?? 0) + 1);
  const ordered = [...data.nodes].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const nodes: SimNode[] = ordered.map((n) => ({ ...n, r: radius(n, degree.get(n.key) ?? 0) }));
  const links = [...data.links].sort((a, b) => (`${a.source}>${a.target}` < `${b.source}>${b.target}` ? -1 : 1)).map((l) => ({ ...l }));
  const simulation = forceSimulation(nodes)
    .randomSource(randomLcg(0.42))
    .force(
      'link',
      forceLink<SimNode, (typeof links)[number]>(links)
        .id((d) => d.key)
        .distance(56),
    )
    // A bounded reach keeps separate clusters (projects that share no partner) from drifting apart.
    .force('charge', forceManyBody<SimNode>().strength(-220).distanceMax(260))
    .force(
      'collide',
      forceCollide<SimNode>((d) => d.r + 16),
    )
    .force('x', forceX<SimNode>(0).strength(0.06))
    .force('y', forceY<SimNode>(0).strength(0.06))
    .stop();
  // d3's own cooling schedule run to its end (alpha from 1 down to alphaMin: 300 ticks).
  // More ticks moved nothing visible and cost a quarter of a second at 1,000 cases.
  simulation.tick(Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay())));

  simulated.set(key, nodes.map((n) => ({ key: n.key, x: n.x ?? 0, y: n.y ?? 0, r: n.r })));
  return nodes;
}

const simulated = new Map<string, { key: string; x: number; y: number; r: number }[]>();

/**
 * A force layout run to a fixed number of ticks from a seeded random source and d3's
 * deterministic initial spiral: the same content always yields the same drawing, so
 * builds are reproducible and snapshots stable. No DOM is involved.
 */
export function networkLayout(data: NetworkData, width = 900): NetworkLayout {
  const nodes = simulate(data);
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Labels need room beside the outermost nodes; the height follows the drawing's own shape.
  const side = 110;
  const inner = width - 2 * side;
  const k = Math.min(inner / Math.max(1, x1 - x0), 1.6);
  const height = Math.round(Math.min(760, Math.max(320, k * (y1 - y0) + 2 * margin + 40)));
  const ky = Math.min(k, (height - 2 * margin - 40) / Math.max(1, y1 - y0));
  const ox = (width - k * (x1 - x0)) / 2;
  const oy = (height - ky * (y1 - y0)) / 2;
  const at = new Map(nodes.map((n) => [n.key, { x: px(ox + k * ((n.x ?? 0) - x0)), y: px(oy + ky * ((n.y ?? 0) - y0)) }]));

  const placed: Box[] = [];
  const circles: Box[] = nodes.map((n) => {
    const p = at.get(n.key)!;
    return [p.x - n.r, p.y - n.r, p.x + n.r, p.y + n.r];
  });
  // Regions and projects are labelled first, so an organisation's label gives way to theirs.
  const order = [...nodes].sort((a, b) => rank(a) - rank(b) || b.r - a.r || a.key.localeCompare(b.key));
  const labels = new Map(
    order.map((n) => {
      const p = at.get(n.key)!;
      // Regions and projects are few and anchor the reading: they keep more of their names.
      const text = truncate(n.short, n.kind === 'organisation' ? 150 : 230, font);
      return [n.key, { text, labelAt: place(p.x, p.y, n.r, text, placed, circles, width, height) }];
    }),
  );

  return {
    width,
    height,
    nodes: nodes.map(({ index: _i, x: _x, y: _y, vx: _vx, vy: _vy, fx: _fx, fy: _fy, ...n }) => ({
      ...n,
      ...at.get(n.key)!,
      ...labels.get(n.key)!,
    })),
    links: data.links.map((l) => {
      const a = at.get(l.source)!;
      const b = at.get(l.target)!;
      return { ...l, x1: a.x, y1: a.y, x2: b.x, y2: b.y };
    }),
  };
}

const rank = (n: NetworkNode) => (n.kind === 'region' ? 0 : n.kind === 'project' ? 1 : 2);

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** First free spot among right, left, below, above; none leaves the node unlabelled in the drawing. */
function place(x: number, y: number, r: number, text: string, placed: Box[], circles: Box[], width: number, height: number) {
  // Bold labels run about a tenth wider than the average the estimate assumes.
  const w = textWidth(text, font) * 1.1;
  const h = font + 2;
  const options = [
    { x: x + r + 3, y, anchor: 'start' as const, box: [x + r + 2, y - h / 2, x + r + 4 + w, y + h / 2] as Box },
    { x: x - r - 3, y, anchor: 'end' as const, box: [x - r - 4 - w, y - h / 2, x - r - 2, y + h / 2] as Box },
    { x, y: y + r + 8, anchor: 'middle' as const, box: [x - w / 2, y + r + 1, x + w / 2, y + r + 1 + h] as Box },
    { x, y: y - r - 8, anchor: 'middle' as const, box: [x - w / 2, y - r - 1 - h, x + w / 2, y - r - 1] as Box },
  ];
  const own: Box = [x - r, y - r, x + r, y + r];
  const inside = (b: Box) => b[0] >= 0 && b[1] >= 0 && b[2] <= width && b[3] <= height;
  const free = options.find(
    (o) =>
      inside(o.box) &&
      !placed.some((b) => overlaps(b, o.box)) &&
      !circles.some((c) => c !== own && c.join() !== own.join() && overlaps(c, o.box)),
  );
  if (!free) return null;
  placed.push(free.box);
  return { x: px(free.x), y: px(free.y), anchor: free.anchor };
}
