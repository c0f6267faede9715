import { citationsBySource } from './claims.ts';
import { editorsLang, untranslated } from './localize.ts';
import { byId, groupByMany } from './group.ts';
import { defaultLocale, type Locale } from '../i18n/config.ts';
import { i18nFor } from '../i18n/context.ts';
import { decisionTrails, trailIndexes } from './trails.ts';
import type { CaseEntry, Collections, TourEntry } from './types.ts';

const ids = (refs: readonly { id: string }[] | undefined): string[] => (refs ?? []).map((r) => r.id);

/** Every organisation a case names: lead, partners and visit contact. */
export const caseOrganisations = (c: CaseEntry): string[] => [...(c.data.lead ? [c.data.lead.id] : []), ...ids(c.data.partners)];

/** Key of a region × domain cell. */
export const cellKey = (region: string, domain: string): string => `${region}|${domain}`;

/** Cases a tour visits, in programme order, without repeats. */
export const tourCases = (t: TourEntry): string[] => [...new Set((t.data.stops ?? []).flatMap((s) => ids(s.cases)))];

/**
 * The whole corpus with its relations indexed once. Pages query this rather than
 * filtering collections themselves, so a build of N pages costs O(N), not O(N²).
 */
export function createAtlas(collections: Collections, locale: Locale = defaultLocale) {
  const i = i18nFor(locale);
  // Lists read in the reader's alphabet: "Émilie" beside "Emilia", not after "Z".
  const sortByTitle = <T extends { data: { title: string } }>(a: T, b: T) => i.compare(a.data.title, b.data.title);
  const cases = [...collections.cases].sort(sortByTitle);
  const tours = [...collections.tours].sort(sortByTitle);
  const byName = <T extends { data: { name: string } }>(a: T, b: T) => i.compare(a.data.name, b.data.name);
  const caseById = byId(cases);
  const projectById = byId(collections.projects);
  // Trail files, and the decisions of tour debriefs not yet carried on by a file.
  // Trails have no translations: their text is the editors' English, marked as such on other pages.
  const fileTrails = collections.trails.map((t) => (t.text ? t : untranslated(t, editorsLang, 'trails')));
  const trails = [
    ...fileTrails,
    ...decisionTrails(collections.tours, { caseById, projectById }, i.s.transfers.decision),
  ].sort(sortByTitle);

  return {
    ...collections,
    locale,
    i18n: i,
    cases,
    tours,
    organisations: [...collections.organisations].sort(byName),
    projects: [...collections.projects].sort(byName),
    sources: [...collections.sources].sort(sortByTitle),
    sourceById: byId(collections.sources),
    /** For each source, the pages and claims that cite it. */
    citationsBySource: citationsBySource({ ...collections, trails: fileTrails }),
    regionById: byId(collections.regions),
    domainById: byId(collections.domains),
    organisationById: byId(collections.organisations),
    projectById,
    caseById,
    tourById: byId(tours),
    casesByRegion: groupByMany(cases, (c) => ids(c.data.regions)),
    casesByDomain: groupByMany(cases, (c) => ids(c.data.domains)),
    casesByRegionDomain: groupByMany(cases, (c) => ids(c.data.regions).flatMap((r) => ids(c.data.domains).map((d) => cellKey(r, d)))),
    /** For each case, the cases whose `related` list names it. */
    casesRelatingTo: groupByMany(cases, (c) => ids(c.data.related)),
    casesByOrganisation: groupByMany(cases, caseOrganisations),
    casesByProject: groupByMany(cases, (c) => (c.data.project ? [c.data.project.id] : [])),
    toursByRegion: groupByMany(tours, (t) => [t.data.host.id]),
    toursByCase: groupByMany(tours, tourCases),
    toursByOrganisation: groupByMany(tours, (t) => [
      ...(t.data.organiser ? [t.data.organiser.id] : []),
      ...(t.data.stops ?? []).map((s) => s.organisation.id),
    ]),
    toursByProject: groupByMany(tours, (t) => (t.data.project ? [t.data.project.id] : [])),
    projectsByOrganisation: groupByMany(collections.projects, (p) => [...(p.data.lead ? [p.data.lead.id] : []), ...ids(p.data.partners)]),
    projectsByRegion: groupByMany(collections.projects, (p) => ids(p.data.regions)),
    organisationsByRegion: groupByMany(collections.organisations, (o) => (o.data.region ? [o.data.region.id] : [])),
    trails,
    trailById: byId(trails),
    ...trailIndexes(trails, { caseById, projectById }),
  };
}

export type Atlas = ReturnType<typeof createAtlas>;
