/** Every internal address in one place, under the site's base path. */
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

export const href = (path: string): string => base + path.replace(/^\//, '');

export const paths = {
  home: () => href('/'),
  cases: () => href('/cases/'),
  case: (id: string) => href(`/cases/${id}/`),
  /** The case list narrowed to one value of a facet (src/lib/case-filters.ts). */
  caseFilter: (facet: string, value: string) => href(`/cases/${facet}/${value}/`),
  /** A region's cases in one domain: that region's rows of the domain's comparison. */
  regionDomain: (region: string, domain: string) => href(`/compare/${domain}/#region-${region}`),
  regions: () => href('/regions/'),
  region: (id: string) => href(`/regions/${id}/`),
  domains: () => href('/domains/'),
  domain: (id: string) => href(`/domains/${id}/`),
  organisations: () => href('/organisations/'),
  organisation: (id: string) => href(`/organisations/${id}/`),
  projects: () => href('/projects/'),
  project: (id: string) => href(`/projects/${id}/`),
  tours: () => href('/tours/'),
  tour: (id: string) => href(`/tours/${id}/`),
  search: () => href('/search/'),
  regionBrief: (id: string) => href(`/regions/${id}/brief/`),
  tourCalendar: (id: string) => href(`/tours/${id}.ics`),
  compare: () => href('/compare/'),
  compareDomain: (id: string) => href(`/compare/${id}/`),
  /** A domain's comparison narrowed to the cases whose transfer trails reached a stage. */
  compareDomainStage: (id: string, stage: string) => href(`/compare/${id}/stage/${stage}/`),
  /** The side-by-side view; the selection lives in the query so the address can be shared. */
  compareCases: (ids: readonly string[] = []) => href('/compare/cases/') + (ids.length > 0 ? `?ids=${ids.join(',')}` : ''),
  data: () => href('/data/'),
  dataFile: (file: string) => href(`/data/${file}`),
  contribute: () => href('/contribute/'),
  sources: () => href('/sources/'),
  source: (id: string) => href(`/sources/${id}/`),
  transfers: () => href('/transfers/'),
  /** A trail has no page of its own: it is a row of /transfers/. */
  trail: (id: string) => href(`/transfers/#trail-${id}`),
  /** Atom/RSS feed of case studies and tours (written only when the site has an address). */
  feed: () => href('/feed.xml'),
  /** The picture link previews show for every page. */
  socialImage: () => href('/social.png'),
  caseCitation: (id: string, ext: 'ris' | 'json') => href(`/cases/${id}/citation.${ext}`),
};
