/**
 * schema.org descriptions (JSON-LD) of the atlas's citable pages, typed with schema-dts so
 * a misspelt property or a value of the wrong type is a type error, not a silent miss.
 * Addresses go through absoluteUrl: full when the site has an address, else paths, which
 * a JSON-LD processor resolves against the page they are on.
 */
import type {
  AdministrativeArea,
  CreativeWork,
  DataDownload,
  Dataset,
  DefinedTerm,
  Event,
  Organization,
  Person,
  Project,
  ScholarlyArticle,
  Thing,
  WithContext,
} from 'schema-dts';
import type { Atlas } from './atlas.ts';
import type { DatasetCitation } from './cite.ts';
import { paths } from './paths.ts';
import { absoluteUrl } from './site.ts';
import type { SourceData } from '../schemas/source.ts';
import type { CaseEntry, OrganisationEntry, ProjectEntry, TourEntry } from './types.ts';
import type { Funding } from '../schemas/funding.ts';

/** The content licence (LICENSE-content), as the address schema.org expects. */
export const contentLicense = 'https://creativecommons.org/licenses/by/4.0/';

const context = 'https://schema.org' as const;

/**
 * JSON-LD as the text of a script element. `<` is written as \u003c (and `>`, `&` and
 * the two line separators likewise), which JSON reads back unchanged, so no text in the
 * content can close the element or start markup inside it.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const compact = <T>(list: readonly (T | undefined)[]): T[] => list.filter((x): x is T => x !== undefined);

function organisationRef(atlas: Atlas, id: string): Organization {
  const o = atlas.organisationById.get(id);
  return { '@type': 'Organization', '@id': absoluteUrl(paths.organisation(id)), name: o?.data.name ?? id };
}

function place(atlas: Atlas, id: string): AdministrativeArea {
  const r = atlas.regionById.get(id);
  if (!r) return { '@type': 'AdministrativeArea', name: id };
  const [longitude, latitude] = r.data.coordinates;
  return {
    '@type': 'AdministrativeArea',
    '@id': absoluteUrl(paths.region(id)),
    name: r.data.name,
    address: { '@type': 'PostalAddress', addressCountry: r.data.country },
    geo: { '@type': 'GeoCoordinates', latitude, longitude },
    ...(r.data.nuts ? { identifier: `NUTS:${r.data.nuts}` } : {}),
  };
}

function topic(atlas: Atlas, id: string): DefinedTerm {
  return {
    '@type': 'DefinedTerm',
    '@id': absoluteUrl(paths.domain(id)),
    name: atlas.domainById.get(id)?.data.name ?? id,
    inDefinedTermSet: absoluteUrl(paths.domains()),
  };
}

/** A source document as a cited work. */
export function sourceWork(s: SourceData, id?: string): CreativeWork {
  return {
    '@type': 'CreativeWork',
    ...(id ? { '@id': absoluteUrl(paths.source(id)) } : {}),
    name: s.title,
    inLanguage: s.lang,
    ...(s.date !== 'undated' ? { datePublished: s.date } : {}),
    ...(s.url ? { url: s.url } : {}),
    ...(s.publisher ? { publisher: { '@type': 'Organization', name: s.publisher } } : {}),
  };
}

/** The source records an entry cites by id, as schema.org works. */
const citedWorks = (atlas: Atlas, refs: readonly { id: string }[] = []): CreativeWork[] =>
  refs.flatMap((r) => {
    const source = atlas.sourceById.get(r.id);
    return source ? [sourceWork(source.data, r.id)] : [];
  });

const grant = (f: Funding) => ({ '@type': 'Grant' as const, name: f.programme, ...(f.reference ? { identifier: f.reference } : {}) });

/** A case study as a ScholarlyArticle: who wrote it, when, about what, where, from which sources. */
export function caseJsonLd(
  atlas: Atlas,
  entry: CaseEntry,
  dates: { updated: string | undefined; published: string | undefined },
  siteName: string,
): WithContext<ScholarlyArticle> {
  const d = entry.data;
  const url = absoluteUrl(paths.case(entry.id));
  const authors: Person[] = d.authors.map((a) => ({
    '@type': 'Person',
    name: a.name,
    ...(a.orcid ? { identifier: `https://orcid.org/${a.orcid}`, sameAs: `https://orcid.org/${a.orcid}` } : {}),
    ...(a.affiliation ? { affiliation: { '@type': 'Organization', name: a.affiliation } } : {}),
  }));
  const modified = dates.updated ?? d.review.date;
  return {
    '@context': context,
    '@type': 'ScholarlyArticle',
    '@id': url,
    url,
    headline: d.title,
    name: d.title,
    abstract: d.summary,
    inLanguage: d.lang,
    author: authors,
    ...(modified ? { dateModified: modified } : {}),
    ...(dates.published ? { datePublished: dates.published } : {}),
    creativeWorkStatus: d.review.status,
    about: d.domains.map((r) => topic(atlas, r.id)),
    spatialCoverage: d.regions.map((r) => place(atlas, r.id)),
    mentions: [...(d.lead ? [organisationRef(atlas, d.lead.id)] : []), ...(d.partners ?? []).map((p) => organisationRef(atlas, p.id))],
    citation: citedWorks(atlas, d.sources),
    license: contentLicense,
    isPartOf: { '@type': 'WebSite', name: siteName, url: absoluteUrl(paths.home()) },
    ...(d.period ? { temporalCoverage: `${d.period.start}/${d.period.end ?? '..'}` } : {}),
  };
}

/** An organisation's profile page. */
export function organisationJsonLd(atlas: Atlas, entry: OrganisationEntry): WithContext<Organization> {
  const d = entry.data;
  const page = absoluteUrl(paths.organisation(entry.id));
  return {
    '@context': context,
    '@type': 'Organization',
    '@id': page,
    name: d.name,
    ...(d.shortName ? { alternateName: d.shortName } : {}),
    ...(d.description ? { description: d.description } : {}),
    ...(d.url ? { url: d.url, sameAs: d.url } : {}),
    mainEntityOfPage: page,
    address: { '@type': 'PostalAddress', addressCountry: d.country },
    ...(d.region ? { areaServed: place(atlas, d.region.id) } : {}),
  };
}

/** A funded project (schema.org's Project): partners, regions, period, funding, sources. */
export function projectJsonLd(atlas: Atlas, entry: ProjectEntry): WithContext<Project> {
  const d = entry.data;
  const page = absoluteUrl(paths.project(entry.id));
  return {
    '@context': context,
    '@type': 'Project',
    '@id': page,
    name: d.name,
    ...(d.fullName ? { alternateName: d.fullName } : {}),
    ...(d.description ? { description: d.description } : {}),
    ...(d.url ? { url: d.url } : {}),
    mainEntityOfPage: page,
    member: [...(d.lead ? [organisationRef(atlas, d.lead.id)] : []), ...(d.partners ?? []).map((p) => organisationRef(atlas, p.id))],
    areaServed: d.regions.map((r) => place(atlas, r.id)),
    ...(d.period ? { foundingDate: d.period.start, ...(d.period.end ? { dissolutionDate: d.period.end } : {}) } : {}),
    ...(d.funding ? { funding: d.funding.map(grant) } : {}),
    subjectOf: citedWorks(atlas, d.sources),
  };
}

/** A study tour as an Event, with its dates where they are known. */
export function tourJsonLd(atlas: Atlas, entry: TourEntry): WithContext<Event> {
  const d = entry.data;
  const page = absoluteUrl(paths.tour(entry.id));
  const organiser = d.organiser ? organisationRef(atlas, d.organiser.id) : undefined;
  return {
    '@context': context,
    '@type': 'Event',
    '@id': page,
    url: page,
    name: d.title,
    description: d.summary,
    ...(d.dates ? { startDate: d.dates.start, endDate: d.dates.end ?? d.dates.start } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: place(atlas, d.host.id),
    ...(organiser ? { organizer: organiser } : {}),
    ...(d.logistics?.languages ? { inLanguage: d.logistics.languages } : {}),
    about: compact((d.stops ?? []).flatMap((s) => (s.cases ?? []).map((c) => atlas.caseById.get(c.id)))).map((c): Thing => ({
      '@type': 'ScholarlyArticle',
      '@id': absoluteUrl(paths.case(c.id)),
      name: c.data.title,
    })),
    ...(d.sources ? { subjectOf: citedWorks(atlas, d.sources) } : {}),
  };
}

/** One downloadable file of the dataset. */
export interface Download {
  file: string;
  name: string;
  format: 'text/csv' | 'application/json';
}

/** /data/: the atlas as a Dataset, described from CITATION.cff, with every download. */
export function datasetJsonLd(cff: DatasetCitation, downloads: readonly Download[]): WithContext<Dataset> {
  const distribution: DataDownload[] = downloads.map((d) => ({
    '@type': 'DataDownload',
    name: d.name,
    contentUrl: absoluteUrl(paths.dataFile(d.file)),
    encodingFormat: d.format,
  }));
  return {
    '@context': context,
    '@type': 'Dataset',
    '@id': absoluteUrl(paths.data()),
    url: absoluteUrl(paths.data()),
    name: cff.title,
    description: cff.abstract,
    creator: cff.authors.map((name) => ({ '@type': 'Organization', name })),
    ...(cff.version ? { version: cff.version } : {}),
    ...(cff.released ? { datePublished: cff.released } : {}),
    keywords: [...cff.keywords],
    license: contentLicense,
    isAccessibleForFree: true,
    distribution,
  };
}
