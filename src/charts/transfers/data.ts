import type { Atlas } from '../../lib/atlas.ts';
import { furthestStage, type TrailStage } from '../../lib/trails.ts';
import { trailScopes, trailStages } from '../../schemas/enums.ts';
import { otherLang, rowLangs, type ChartTable } from '../table.ts';

/** One arc of the map: a between-regions trail from one of its origin regions to one of its destinations. */
export interface TransferArc {
  trail: string;
  title: string;
  /** The title's language when it is not the atlas's (trails have no translations). */
  lang?: string | undefined;
  from: string;
  to: string;
  stage: TrailStage;
}

/**
 * Arcs for every between-regions trail, one per pair of distinct end regions. Trails
 * within one region have no arc: they are kept apart, in the list and the counts.
 */
export function arcData(atlas: Atlas): TransferArc[] {
  return atlas.trails
    .filter((t) => t.data.scope === 'interregional')
    .flatMap((t) => {
      const from = atlas.trailFromRegions.get(t.id) ?? [];
      const to = atlas.trailToRegions.get(t.id) ?? [];
      return from.flatMap((f) =>
        to
          .filter((r) => r !== f)
          .map((r) => ({ trail: t.id, title: t.data.title, lang: otherLang(atlas, t, 'title'), from: f, to: r, stage: furthestStage(t) })),
      );
    });
}

export function arcTable(
  arcs: TransferArc[],
  atlas: Atlas,
  labels: { trail: string; from: string; to: string; stage: string },
  stageLabel: Record<TrailStage, string>,
): ChartTable {
  const name = (id: string) => atlas.regionById.get(id)?.data.name ?? id;
  return {
    columns: [
      { key: 'trail_title', label: labels.trail },
      { key: 'trail', label: labels.trail },
      { key: 'from_name', label: labels.from },
      { key: 'from', label: labels.from },
      { key: 'to_name', label: labels.to },
      { key: 'to', label: labels.to },
      { key: 'stage', label: labels.stage },
    ],
    rows: arcs.map((a) => ({
      trail_title: a.title,
      trail: a.trail,
      from_name: name(a.from),
      from: a.from,
      to_name: name(a.to),
      to: a.to,
      stage: stageLabel[a.stage],
    })),
    langs: arcs.map((a) => {
      const region = (id: string) => {
        const r = atlas.regionById.get(id);
        return r ? otherLang(atlas, r, 'name') : undefined;
      };
      return rowLangs({ trail_title: a.lang, from_name: region(a.from), to_name: region(a.to) });
    }),
  };
}

/** Sentinel key for trails no source places in a domain. */
export const noDomain = '-';

export interface StageCount {
  scope: (typeof trailScopes)[number];
  domain: string;
  stage: TrailStage;
  count: number;
}

/**
 * For each scope, domain and stage, how many trails got that far and no further (their
 * furthest stage). A trail in two domains counts in both; one with no domain in "not stated".
 */
export function stageCounts(atlas: Atlas): StageCount[] {
  const domains = [...atlas.domains.map((d) => d.id), noDomain];
  return trailScopes.flatMap((scope) =>
    domains.flatMap((domain) =>
      trailStages.map((stage) => ({
        scope,
        domain,
        stage,
        count: atlas.trails.filter(
          (t) =>
            t.data.scope === scope &&
            furthestStage(t) === stage &&
            (domain === noDomain ? !t.data.domains : (t.data.domains ?? []).some((d) => d.id === domain)),
        ).length,
      })),
    ),
  );
}

export function stageTable(
  counts: StageCount[],
  atlas: Atlas,
  labels: { scope: string; domain: string; stage: string; trails: string; noDomain: string },
  scopeLabel: Record<StageCount['scope'], string>,
  stageLabel: Record<TrailStage, string>,
): ChartTable {
  const name = (id: string) => (id === noDomain ? labels.noDomain : (atlas.domainById.get(id)?.data.name ?? id));
  return {
    columns: [
      { key: 'scope', label: labels.scope },
      { key: 'domain_name', label: labels.domain },
      { key: 'domain', label: labels.domain },
      { key: 'stage', label: labels.stage },
      { key: 'trails', label: labels.trails },
    ],
    rows: counts.map((c) => ({
      scope: scopeLabel[c.scope],
      domain_name: name(c.domain),
      domain: c.domain === noDomain ? '' : c.domain,
      stage: stageLabel[c.stage],
      trails: c.count,
    })),
  };
}
