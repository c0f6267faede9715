import type { Atlas } from '../../lib/atlas.ts';
import { caseOrganisations } from '../../lib/atlas.ts';
import { otherLang, rowLangs, type ChartTable } from '../table.ts';

export type NodeKind = 'region' | 'project' | 'organisation';
export type Relation = 'lead' | 'partner' | 'covers' | 'based' | 'works-in';

export interface NetworkNode {
  /** `kind:id`, since an organisation and a region may share an id. */
  key: string;
  kind: NodeKind;
  id: string;
  label: string;
  /** Short form for the drawing; the full name stays in the table and tooltip. */
  short: string;
  /** The name's language when it is not the atlas's (no translation yet). */
  lang?: string | undefined;
}

export interface NetworkLink {
  source: string;
  target: string;
  /** Every way the content joins the two, e.g. an organisation based in a region it also works in. */
  relations: Relation[];
}

export interface NetworkData {
  nodes: NetworkNode[];
  links: NetworkLink[];
}

/**
 * Organisations, projects and regions, joined as the content states: a project to its
 * lead, partners and regions; an organisation to the region it is based in and to the
 * regions of the case studies it leads or partners.
 */
export function networkData(atlas: Atlas): NetworkData {
  const nodes: NetworkNode[] = [
    ...atlas.regions.map((r) => ({
      key: `region:${r.id}`,
      kind: 'region' as const,
      id: r.id,
      label: r.data.name,
      short: r.data.name,
      lang: otherLang(atlas, r, 'name'),
    })),
    ...atlas.projects.map((p) => ({
      key: `project:${p.id}`,
      kind: 'project' as const,
      id: p.id,
      label: p.data.name,
      short: p.data.name,
      lang: otherLang(atlas, p, 'name'),
    })),
    ...atlas.organisations.map((o) => ({
      key: `organisation:${o.id}`,
      kind: 'organisation' as const,
      id: o.id,
      label: o.data.name,
      short: o.data.shortName ?? o.data.name,
      lang: otherLang(atlas, o, 'name'),
    })),
  ];
  const known = new Set(nodes.map((n) => n.key));
  const links = new Map<string, NetworkLink>();
  const join = (source: string, target: string, relation: Relation) => {
    if (!known.has(source) || !known.has(target)) return;
    const key = `${source}|${target}`;
    const link = links.get(key) ?? { source, target, relations: [] };
    if (!link.relations.includes(relation)) link.relations.push(relation);
    links.set(key, link);
  };
  for (const p of atlas.projects) {
    if (p.data.lead) join(`organisation:${p.data.lead.id}`, `project:${p.id}`, 'lead');
    for (const o of p.data.partners ?? []) join(`organisation:${o.id}`, `project:${p.id}`, 'partner');
    for (const r of p.data.regions) join(`project:${p.id}`, `region:${r.id}`, 'covers');
  }
  for (const o of atlas.organisations) if (o.data.region) join(`organisation:${o.id}`, `region:${o.data.region.id}`, 'based');
  for (const c of atlas.cases) {
    for (const o of caseOrganisations(c)) for (const r of c.data.regions) join(`organisation:${o}`, `region:${r.id}`, 'works-in');
  }
  return { nodes, links: [...links.values()] };
}

export function networkTable(
  data: NetworkData,
  labels: { from: string; to: string; kind: string; relation: string },
  words: { kinds: Record<NodeKind, string>; relations: Record<Relation, string> },
  /** How the table's language separates a list's items: "; ", or French "\u202f; ". */
  semicolon = ';',
): ChartTable {
  const byKey = new Map(data.nodes.map((n) => [n.key, n]));
  return {
    columns: [
      { key: 'from_name', label: labels.from },
      { key: 'from', label: labels.from },
      { key: 'from_kind', label: labels.kind },
      { key: 'relation', label: labels.relation },
      { key: 'to_name', label: labels.to },
      { key: 'to', label: labels.to },
      { key: 'to_kind', label: labels.kind },
    ],
    rows: data.links.map((l) => {
      const from = byKey.get(l.source)!;
      const to = byKey.get(l.target)!;
      return {
        from_name: from.label,
        from: from.id,
        from_kind: words.kinds[from.kind],
        relation: l.relations.map((r) => words.relations[r]).join(`${semicolon} `),
        to_name: to.label,
        to: to.id,
        to_kind: words.kinds[to.kind],
      };
    }),
    langs: data.links.map((l) => rowLangs({ from_name: byKey.get(l.source)!.lang, to_name: byKey.get(l.target)!.lang })),
  };
}
