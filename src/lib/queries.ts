import type { Atlas } from './atlas.ts';
import type { CaseEntry } from './types.ts';

/** Entries grouped under `key`, or none. */
export const listed = <T>(groups: Map<string, T[]>, key: string): T[] => groups.get(key) ?? [];

/** Cases linked to this one either way: those it lists as related, and those that list it. */
export function relatedCases(atlas: Atlas, c: CaseEntry): CaseEntry[] {
  const linked = new Set((c.data.related ?? []).map((r) => r.id));
  for (const other of atlas.cases) {
    if (other.data.related?.some((r) => r.id === c.id)) linked.add(other.id);
  }
  linked.delete(c.id);
  return atlas.cases.filter((other) => linked.has(other.id));
}

/**
 * For each of a case's domains, the cases in that domain from regions this case is
 * not in: the "compare with …" list a policy maker follows across borders.
 */
export function sameDomainElsewhere(atlas: Atlas, c: CaseEntry): { domain: string; cases: CaseEntry[] }[] {
  const own = new Set(c.data.regions.map((r) => r.id));
  return c.data.domains
    .map(({ id }) => ({
      domain: id,
      cases: listed(atlas.casesByDomain, id).filter((o) => o.id !== c.id && !o.data.regions.some((r) => own.has(r.id))),
    }))
    .filter((g) => g.cases.length > 0);
}

/** Countries of a case, from its regions, without repeats. */
export function caseCountries(atlas: Atlas, c: CaseEntry): string[] {
  return [...new Set(c.data.regions.map((r) => atlas.regionById.get(r.id)?.data.country).filter((x) => x !== undefined))];
}

/** Newest first by period start; cases without a period last, then by title. */
export function latestCases(atlas: Atlas, count: number): CaseEntry[] {
  const start = (c: CaseEntry) => c.data.period?.start ?? '';
  return [...atlas.cases].sort((a, b) => start(b).localeCompare(start(a)) || a.data.title.localeCompare(b.data.title)).slice(0, count);
}

/** Region × domain: the cases in each cell, for the coverage matrix. */
export function coverage(atlas: Atlas): { region: string; domain: string; cases: CaseEntry[] }[] {
  return atlas.regions.flatMap((r) =>
    atlas.domains.map((d) => ({
      region: r.id,
      domain: d.id,
      cases: listed(atlas.casesByRegion, r.id).filter((c) => c.data.domains.some((x) => x.id === d.id)),
    })),
  );
}
