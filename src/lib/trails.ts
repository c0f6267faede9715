/**
 * Transfer trails as the pages read them: the regions at each end (from the most precise
 * place the trail names), the furthest stage reached, and the indexes by case, region and
 * tour. Ends resolve through the data, so a trail to a newly added region shows up on
 * every page with no code change.
 */
import { trailStages } from '../schemas/enums.ts';
import { groupByMany } from './group.ts';
import { fieldLang, untranslated } from './localize.ts';
import type { CaseEntry, ProjectEntry, TourEntry, TrailData, TrailEntry } from './types.ts';

export type TrailStage = (typeof trailStages)[number];

interface Lookup {
  caseById: Map<string, CaseEntry>;
  projectById: Map<string, ProjectEntry>;
}

type End = {
  region?: { id: string } | undefined;
  project?: { id: string } | undefined;
  case?: { id: string } | undefined;
  cases?: { id: string }[] | undefined;
};

const uniq = (ids: string[]) => [...new Set(ids)];

/** An end's regions: its region if named, else those of its case(s), else of its project. */
export function endRegions(end: End, lookup: Lookup): string[] {
  if (end.region) return [end.region.id];
  const cases = [...(end.case ? [end.case] : []), ...(end.cases ?? [])];
  if (cases.length > 0) return uniq(cases.flatMap((c) => (lookup.caseById.get(c.id)?.data.regions ?? []).map((r) => r.id)));
  if (end.project) return uniq((lookup.projectById.get(end.project.id)?.data.regions ?? []).map((r) => r.id));
  return [];
}

/** The last stage a source reports: stages are listed in order, so it is the last one. */
export const furthestStage = (t: TrailEntry): TrailStage => t.data.stages.at(-1)!.stage;

/** Rank of a stage in the order trails move through them. */
export const stageRank = (stage: TrailStage): number => trailStages.indexOf(stage);

/** Case ids a trail names: the practice that travels and those that take it up. */
export const trailCases = (t: TrailEntry): string[] => [
  ...(t.data.from.case ? [t.data.from.case.id] : []),
  ...(t.data.to.cases ?? []).map((c) => c.id),
];

/** The trail indexes the pages read, built once with the atlas. */
export function trailIndexes(trails: readonly TrailEntry[], lookup: Lookup) {
  const from = new Map(trails.map((t) => [t.id, endRegions(t.data.from, lookup)]));
  const to = new Map(trails.map((t) => [t.id, endRegions(t.data.to, lookup)]));
  return {
    trailFromRegions: from,
    trailToRegions: to,
    /** Trails whose practice comes from this case. */
    trailsFromCase: groupByMany(trails, (t) => (t.data.from.case ? [t.data.from.case.id] : [])),
    /** Trails taken up by this case. */
    trailsToCase: groupByMany(trails, (t) => (t.data.to.cases ?? []).map((c) => c.id)),
    trailsFromRegion: groupByMany(trails, (t) => from.get(t.id)!),
    trailsToRegion: groupByMany(trails, (t) => to.get(t.id)!),
    trailsByTour: groupByMany(trails, (t) => (t.data.through?.tour ? [t.data.through.tour.id] : [])),
  };
}

/** Words for a trail made from a tour's decision (from the i18n module, passed in). */
export interface DecisionText {
  title: (label: string, tour: string) => string;
  summary: (tour: string) => string;
}

/** Id of the trail made from a tour's n-th decision (1-based). */
export const decisionTrailId = (tour: string, n: number): string => `${tour}-decision-${n}`;

/**
 * A tour debrief's decisions as trails at their first stage, through the tour, so what
 * participants decided to try shows up on /transfers/ and on every page a trail does.
 * A decision whose trail has a file of its own (`trail:`) is left to that file. From
 * defaults to the host region; the scope is within-region when both ends resolve to the
 * same regions.
 */
export function decisionTrails(tours: readonly TourEntry[], lookup: Lookup, text: DecisionText): TrailEntry[] {
  return tours.flatMap((t) =>
    (t.data.decisions ?? []).flatMap((d, i): TrailEntry[] => {
      if (d.trail) return [];
      const from = d.from ?? { region: t.data.host };
      const fromRegions = endRegions(from, lookup);
      const toRegions = endRegions(d.to, lookup);
      const same = fromRegions.length > 0 && fromRegions.length === toRegions.length && fromRegions.every((r) => toRegions.includes(r));
      const data: TrailData = {
        title: text.title(d.what.label, t.data.title),
        summary: text.summary(t.data.title),
        what: d.what,
        ...(d.domains ? { domains: d.domains } : {}),
        from,
        to: d.to,
        through: { channel: 'study-tour', tour: { collection: 'tours', id: t.id } },
        scope: same ? 'within-region' : 'interregional',
        stages: [{ stage: d.stage, ...(d.date ? { date: d.date } : {}), citation: d.citation }],
      };
      // Its words are the tour's debrief's (the label, the tour's title), so in that language.
      const lang = fieldLang(t, 'decisions') ?? t.text?.original ?? 'en';
      return [untranslated({ id: decisionTrailId(t.id, i + 1), data }, lang, 'trails')];
    }),
  );
}

/**
 * How far the trails naming a case got (as origin or as taker-up), earliest stage first:
 * one definition for search's filter and the comparisons narrowed by stage.
 */
export function caseStages(atlas: { trailsFromCase: Map<string, TrailEntry[]>; trailsToCase: Map<string, TrailEntry[]> }, caseId: string): TrailStage[] {
  const trails = [...(atlas.trailsFromCase.get(caseId) ?? []), ...(atlas.trailsToCase.get(caseId) ?? [])];
  return [...new Set(trails.map(furthestStage))].sort((a, b) => stageRank(a) - stageRank(b));
}

/** The stages some case of a domain has reached, with how many cases, earliest first. */
export function domainStages(
  atlas: { casesByDomain: Map<string, { id: string }[]>; trailsFromCase: Map<string, TrailEntry[]>; trailsToCase: Map<string, TrailEntry[]> },
  domain: string,
): { stage: TrailStage; count: number }[] {
  const counts = new Map<TrailStage, number>();
  for (const c of atlas.casesByDomain.get(domain) ?? []) for (const stage of caseStages(atlas, c.id)) counts.set(stage, (counts.get(stage) ?? 0) + 1);
  return [...counts].map(([stage, count]) => ({ stage, count })).sort((a, b) => stageRank(a.stage) - stageRank(b.stage));
}
