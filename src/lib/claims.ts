/**
 * Every claim in the atlas that cites a passage of a source: the fields that carry a
 * citation and the <Cite> elements of bodies. Source pages list them, so a reviewer can
 * read the atlas through one document; case and tour pages number them as notes.
 */
import { bodyCites } from './body-cites.ts';
import { paths } from './paths.ts';
import type { CaseEntry, Collections, ProjectEntry, TourEntry, TrailEntry } from './types.ts';
import type { CitationLike } from './notes.ts';
import { fieldLang } from './localize.ts';

export type ClaimKind =
  'status' | 'lead' | 'partners' | 'period' | 'funding' | 'dates' | 'organiser' | 'stop' | 'outcome' | 'body' | 'stage' | 'followUp';

export interface PageRef {
  collection: 'cases' | 'tours' | 'projects' | 'organisations' | 'regions' | 'trails';
  id: string;
  title: string;
  /** The language the title is in, once the entry is localized (src/lib/localize.ts). */
  lang?: string | undefined;
  /** The language the entry is written in: its claims say where each passage is in it. */
  original?: string | undefined;
  href: string;
}

export interface Claim extends CitationLike {
  source: string;
  kind: ClaimKind;
  /** What the claim says, in words: the status, the figure, the stop's organisation. */
  detail?: string | undefined;
  /** The language `detail` is in when it is the entry's own words (an outcome's indicator and unit). */
  detailLang?: string | undefined;
  /** For a status: the date the source reports it as of. */
  asOf?: string | undefined;
}

type Cited = { source: { id: string } | string; at: string; excerpt?: string | undefined; translation?: string | undefined; lang?: string | undefined };
const idOf = (s: Cited['source']) => (typeof s === 'string' ? s : s.id);
const claim = (kind: ClaimKind, c: Cited, detail?: string, asOf?: string): Claim => ({
  kind,
  source: idOf(c.source),
  at: c.at,
  excerpt: c.excerpt,
  translation: c.translation,
  lang: c.lang,
  detail,
  asOf,
});

function fromBody(body: string | undefined): Claim[] {
  return bodyCites(body ?? '').flatMap((c) =>
    c.source && c.at ? [claim('body', { source: c.source, at: c.at, excerpt: c.excerpt, translation: c.translation, lang: c.lang })] : [],
  );
}

const listed = (kind: ClaimKind, list: readonly Cited[] | undefined, detail?: string) => (list ?? []).map((c) => claim(kind, c, detail));

/** A case's claims in the order its page shows them: body, outcome figures, then the facts panel. */
export function caseClaims(entry: CaseEntry): Claim[] {
  const d = entry.data;
  const cites = d.citations;
  return [
    ...fromBody(entry.body),
    ...(d.outcomes ?? []).flatMap((o) =>
      o.source && o.at
        ? [{ ...claim('outcome', { ...o, source: o.source, at: o.at }, `${o.value} ${o.unit}: ${o.indicator}`), detailLang: fieldLang(entry, 'outcomes') }]
        : [],
    ),
    ...listed('lead', cites?.lead, d.lead?.id),
    ...listed('partners', cites?.partners, d.partners?.map((p) => p.id).join(', ')),
    ...listed('period', cites?.period),
    ...(cites?.status ? [claim('status', cites.status, d.status, cites.status.asOf)] : []),
    ...listed('funding', cites?.funding),
  ];
}

/** A tour's claims in page order: status, dates, organiser, stops, then the body. */
export function tourClaims(entry: TourEntry): Claim[] {
  const d = entry.data;
  const cites = d.citations;
  return [
    ...(cites?.status ? [claim('status', cites.status, d.status, cites.status.asOf)] : []),
    ...listed('dates', cites?.dates),
    ...listed('organiser', cites?.organiser, d.organiser?.id),
    ...(d.stops ?? []).flatMap((s) => listed('stop', s.cite, s.organisation.id)),
    ...fromBody(entry.body),
  ];
}

export function projectClaims(entry: ProjectEntry): Claim[] {
  const d = entry.data;
  const cites = d.citations;
  return [
    ...listed('lead', cites?.lead, d.lead?.id),
    ...listed('partners', cites?.partners, d.partners?.map((p) => p.id).join(', ')),
    ...listed('period', cites?.period),
    ...listed('funding', cites?.funding),
  ];
}

/** A debrief's decisions (each a trail's first stage) and its reported follow-ups. */
export function tourAfterClaims(entry: TourEntry): Claim[] {
  const d = entry.data;
  return [
    ...(d.decisions ?? []).map((dec) => claim('stage', dec.citation, dec.stage)),
    ...(d.followUps ?? []).map((f) => claim('followUp', f.citation, f.after)),
  ];
}

/** A trail's claims: one per stage, in order; the detail is the stage. */
export function trailClaims(entry: TrailEntry): Claim[] {
  return entry.data.stages.map((s) => claim('stage', s.citation, s.stage));
}

export interface CitingPage {
  page: PageRef;
  claims: Claim[];
}

/**
 * For each source id, the pages that cite it (in their source list or in a claim) and
 * the claims citing it, pages in the order cases, tours, projects, organisations, regions, trails.
 */
export function citationsBySource(c: Collections): Map<string, CitingPage[]> {
  const out = new Map<string, CitingPage[]>();
  const add = (page: PageRef, listedSources: readonly ({ id: string } | string)[] | undefined, claims: Claim[]) => {
    const ids = new Set([...(listedSources ?? []).map((s) => (typeof s === 'string' ? s : s.id)), ...claims.map((cl) => cl.source)]);
    for (const id of ids) {
      const entry = { page, claims: claims.filter((cl) => cl.source === id) };
      const list = out.get(id);
      if (list) list.push(entry);
      else out.set(id, [entry]);
    }
  };
  for (const e of c.cases)
    add({ collection: 'cases', id: e.id, title: e.data.title, lang: fieldLang(e, 'title'), original: e.text?.original, href: paths.case(e.id) }, e.data.sources, caseClaims(e));
  for (const e of c.tours)
    add({ collection: 'tours', id: e.id, title: e.data.title, lang: fieldLang(e, 'title'), original: e.text?.original, href: paths.tour(e.id) }, e.data.sources, [
      ...tourClaims(e),
      ...tourAfterClaims(e),
    ]);
  for (const e of c.projects)
    add({ collection: 'projects', id: e.id, title: e.data.name, lang: fieldLang(e, 'name'), original: e.text?.original, href: paths.project(e.id) }, e.data.sources, projectClaims(e));
  for (const e of c.organisations)
    add({ collection: 'organisations', id: e.id, title: e.data.name, lang: fieldLang(e, 'name'), original: e.text?.original, href: paths.organisation(e.id) }, e.data.sources, []);
  for (const e of c.regions) add({ collection: 'regions', id: e.id, title: e.data.name, lang: fieldLang(e, 'name'), original: e.text?.original, href: paths.region(e.id) }, e.data.sources, []);
  for (const e of c.trails) add({ collection: 'trails', id: e.id, title: e.data.title, lang: fieldLang(e, 'title'), original: e.text?.original, href: paths.trail(e.id) }, [], trailClaims(e));
  return out;
}
