/**
 * Transfer trails as the pages read them: the regions at each end (from the most precise
 * place the trail names), the furthest stage reached, and the indexes by case, region and
 * tour. Ends resolve through the data, so a trail to a newly added region shows up on
 * every page with no code change.
 */
import { trailStages } from '../schemas/enums.ts';
import { groupByMany } from './group.ts';
import type { CaseEntry, ProjectEntry, TrailEntry } from './types.ts';

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
