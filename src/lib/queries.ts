import { cellKey, type Atlas } from './atlas.ts';
import type { CaseEntry } from './types.ts';

/** Entries grouped under `key`, or none. */
export const listed = <T>(groups: Map<string, T[]>, key: string): T[] => groups.get(key) ?? [];

/** Cases linked to this one either way: those it lists as related, and those that list it. */
export function relatedCases(atlas: Atlas, c: CaseEntry): CaseEntry[] {
  const linked = new Set([...(c.data.related ?? []).map((r) => r.id), ...listed(atlas.casesRelatingTo, c.id).map((o) => o.id)]);
  linked.delete(c.id);
  return [...linked].map((id) => atlas.caseById.get(id)).filter((o) => o !== undefined);
}

/**
 * For each of a case's domains, cases in that domain from regions this case is not in:
 * the "compare with …" list a policy maker follows across borders. At most `limit` per
 * domain, taken in turn from each region so every other region is represented before
 * any has two; the domain comparison page lists them all. Reads the region × domain
 * index, so a page costs the same whatever the size of the corpus.
 */
export function sameDomainElsewhere(atlas: Atlas, c: CaseEntry, limit = 12): { domain: string; cases: CaseEntry[] }[] {
  const own = new Set(c.data.regions.map((r) => r.id));
  return c.data.domains
    .map(({ id: domain }) => {
      const queues = atlas.regions.filter((r) => !own.has(r.id)).map((r) => listed(atlas.casesByRegionDomain, cellKey(r.id, domain)));
      const picked = new Map<string, CaseEntry>();
      for (let round = 0; picked.size < limit && queues.some((q) => q.length > round); round++) {
        for (const queue of queues) {
          const o = queue[round];
          if (o && picked.size < limit && !o.data.regions.some((r) => own.has(r.id))) picked.set(o.id, o);
        }
      }
      return { domain, cases: [...picked.values()] };
    })
    .filter((g) => g.cases.length > 0);
}

/** Countries of a case, from its regions, without repeats. */
export function caseCountries(atlas: Atlas, c: CaseEntry): string[] {
  return [...new Set(c.data.regions.map((r) => atlas.regionById.get(r.id)?.data.country).filter((x) => x !== undefined))];
}

/**
 * The cases most recently added to the atlas, newest first: by the date each was added
 * (`added`, from git history), else the date it was reviewed; cases with neither come
 * last, by title. A practice's own period says when it ran, not when the atlas got it.
 */
export function latestCases(atlas: Atlas, count: number, added: (c: CaseEntry) => string | undefined = () => undefined): CaseEntry[] {
  const when = (c: CaseEntry) => added(c) ?? c.data.review.date ?? '';
  return [...atlas.cases].sort((a, b) => when(b).localeCompare(when(a)) || atlas.i18n.compare(a.data.title, b.data.title)).slice(0, count);
}

/** Region × domain: the cases in each cell, for the coverage matrix. */
export function coverage(atlas: Atlas): { region: string; domain: string; cases: CaseEntry[] }[] {
  return atlas.regions.flatMap((r) =>
    atlas.domains.map((d) => ({
      region: r.id,
      domain: d.id,
      cases: listed(atlas.casesByRegionDomain, cellKey(r.id, d.id)),
    })),
  );
}
