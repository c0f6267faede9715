/**
 * What a visit brief holds, computed from the atlas: the programme by day, the reading
 * list, the questions to ask and the organisations to meet. Pages only lay these out,
 * so the tour brief and the region brief gather questions the same way.
 */
import { cellKey, tourCases, type Atlas } from './atlas.ts';
import { listed } from './queries.ts';
import type { CaseEntry, OrganisationEntry, TourData, TourEntry } from './types.ts';

type Stop = NonNullable<TourData['stops']>[number];

/** What to ask about one case: its own questions, and its difficulties and transferability to probe. */
export interface CaseQuestions {
  entry: CaseEntry;
  questions: string[];
  difficulties?: string | undefined;
  transferability: string;
}

export interface GatheredQuestions {
  /** Questions the tour itself adds. */
  own: string[];
  /** One group per case, each attributed to its case. */
  cases: CaseQuestions[];
}

const present = <T>(x: T | undefined): x is T => x !== undefined;

/** Looks cases up by id, keeping order and dropping repeats and unknown ids. */
export function casesOf(atlas: Atlas, ids: readonly string[]): CaseEntry[] {
  return [...new Set(ids)].map((id) => atlas.caseById.get(id)).filter(present);
}

/** Questions to ask: the tour's (or none), then those drawn from each case, in the order given. */
export function gatherQuestions(cases: readonly CaseEntry[], own: readonly string[] = []): GatheredQuestions {
  return {
    own: [...own],
    cases: cases.map((entry) => ({
      entry,
      questions: entry.data.questions ?? [],
      difficulties: entry.data.difficulties,
      transferability: entry.data.transferability,
    })),
  };
}

/** Cases to read before leaving: the tour's list, or when it gives none, the cases of its stops. */
export function readingList(atlas: Atlas, tour: TourEntry): CaseEntry[] {
  return casesOf(atlas, tour.data.reading?.map((r) => r.id) ?? tourCases(tour));
}

/** The questions of a tour brief: the tour's own, then those of every case its stops visit. */
export function tourQuestions(atlas: Atlas, tour: TourEntry): GatheredQuestions {
  return gatherQuestions(casesOf(atlas, tourCases(tour)), tour.data.questions);
}

export interface ProgrammeDay {
  /** YYYY-MM-DD, or undefined for stops the programme gives no day. */
  day: string | undefined;
  stops: Stop[];
}

/**
 * Stops grouped by day, days in date order and stops in programme order within a day
 * (the schema says stops are listed in programme order; a time is not required, so
 * sorting by it would move untimed stops arbitrarily). Undated stops come last.
 */
export function programmeByDay(tour: TourEntry): ProgrammeDay[] {
  const days = new Map<string | undefined, Stop[]>();
  for (const stop of tour.data.stops ?? []) days.set(stop.day, [...(days.get(stop.day) ?? []), stop]);
  return [...days.entries()]
    .sort(([a], [b]) => (a === undefined ? 1 : b === undefined ? -1 : a.localeCompare(b)))
    .map(([day, stops]) => ({ day, stops }));
}

/** Organisations the tour meets, in programme order, each once. */
export function tourOrganisations(atlas: Atlas, tour: TourEntry): OrganisationEntry[] {
  const ids = [...new Set((tour.data.stops ?? []).map((s) => s.organisation.id))];
  return ids.map((id) => atlas.organisationById.get(id)).filter(present);
}

/**
 * Case studies of a region grouped by domain, domains in the atlas's order, empty ones
 * left out. A case in several domains is marked as first mentioned only once, so a
 * printed brief gives its summary once rather than in every domain.
 */
export function casesByDomain(atlas: Atlas, regionId: string) {
  const seen = new Set<string>();
  return atlas.domains
    .map((domain) => ({
      domain,
      cases: listed(atlas.casesByRegionDomain, cellKey(regionId, domain.id))
        .map((entry) => {
          const firstMention = !seen.has(entry.id);
          seen.add(entry.id);
          return { entry, firstMention };
        }),
    }))
    .filter((g) => g.cases.length > 0);
}

export interface Contact {
  organisation: OrganisationEntry;
  /** Whether it is based in the region. */
  basedHere: boolean;
  /** Cases of the region it leads. */
  leads: CaseEntry[];
  /** Cases of the region it is a partner in. */
  partners: CaseEntry[];
  /** Cases of the region that name it as the contact for visits. */
  visitContact: CaseEntry[];
}

/**
 * Organisations to contact for a visit to a region: those leading, partnering in or
 * receiving visits for its cases, and those based there, each with its part. Sorted
 * by name; an organisation based elsewhere is listed only through its cases here.
 */
export function regionContacts(atlas: Atlas, regionId: string): Contact[] {
  const cases = listed(atlas.casesByRegion, regionId);
  const based = new Set(listed(atlas.organisationsByRegion, regionId).map((o) => o.id));
  const ids = new Set([
    ...based,
    ...cases.flatMap((c) => [
      ...(c.data.lead ? [c.data.lead.id] : []),
      ...(c.data.partners ?? []).map((p) => p.id),
      ...(c.data.visit?.contact ? [c.data.visit.contact.id] : []),
    ]),
  ]);
  return atlas.organisations
    .filter((o) => ids.has(o.id))
    .map((organisation) => ({
      organisation,
      basedHere: based.has(organisation.id),
      leads: cases.filter((c) => c.data.lead?.id === organisation.id),
      partners: cases.filter((c) => c.data.partners?.some((p) => p.id === organisation.id)),
      visitContact: cases.filter((c) => c.data.visit?.contact?.id === organisation.id),
    }));
}

/** Languages a visit can be held in, per case that states them. */
export function visitLanguages(cases: readonly CaseEntry[]): { entry: CaseEntry; languages: string[] }[] {
  return cases.filter((c) => c.data.visit?.languages?.length).map((entry) => ({ entry, languages: entry.data.visit!.languages! }));
}
