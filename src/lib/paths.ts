import { defaultLocale, type Locale } from '../i18n/config.ts';

/** Every internal address in one place, under the site's base path. */
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

export const href = (path: string): string => base + path.replace(/^\//, '');

/** The folder a language's pages live under: none for the default language, "it/" for Italian. */
export const localePrefix = (locale: Locale): string => (locale === defaultLocale ? '' : `${locale}/`);

/** A page's address in one language; the open data, feed and pictures are shared by all. */
function pathsFor(locale: Locale) {
  const page = (path: string) => href(localePrefix(locale) + path.replace(/^\//, ''));
  return {
    home: () => page('/'),
    cases: () => page('/cases/'),
    case: (id: string) => page(`/cases/${id}/`),
    /** The case list narrowed to one value of a facet (src/lib/case-filters.ts). */
    caseFilter: (facet: string, value: string) => page(`/cases/${facet}/${value}/`),
    /** A region's cases in one domain: that region's rows of the domain's comparison. */
    regionDomain: (region: string, domain: string) => page(`/compare/${domain}/#region-${region}`),
    regions: () => page('/regions/'),
    region: (id: string) => page(`/regions/${id}/`),
    domains: () => page('/domains/'),
    domain: (id: string) => page(`/domains/${id}/`),
    organisations: () => page('/organisations/'),
    organisation: (id: string) => page(`/organisations/${id}/`),
    projects: () => page('/projects/'),
    project: (id: string) => page(`/projects/${id}/`),
    tours: () => page('/tours/'),
    tour: (id: string) => page(`/tours/${id}/`),
    search: () => page('/search/'),
    regionBrief: (id: string) => page(`/regions/${id}/brief/`),
    /** A tour's calendar, worded in the language of the brief that links it. */
    tourCalendar: (id: string) => page(`/tours/${id}.ics`),
    compare: () => page('/compare/'),
    compareDomain: (id: string) => page(`/compare/${id}/`),
    /** A domain's comparison narrowed to the cases whose transfer trails reached a stage. */
    compareDomainStage: (id: string, stage: string) => page(`/compare/${id}/stage/${stage}/`),
    /** The side-by-side view; the selection lives in the query so the address can be shared. */
    compareCases: (ids: readonly string[] = []) => page('/compare/cases/') + (ids.length > 0 ? `?ids=${ids.join(',')}` : ''),
    data: () => page('/data/'),
    dataFile: (file: string) => href(`/data/${file}`),
    contribute: () => page('/contribute/'),
    sources: () => page('/sources/'),
    source: (id: string) => page(`/sources/${id}/`),
    transfers: () => page('/transfers/'),
    /** A trail has no page of its own: it is a row of /transfers/. */
    trail: (id: string) => page(`/transfers/#trail-${id}`),
    /** Atom/RSS feed of case studies and tours (written only when the site has an address). */
    feed: () => href('/feed.xml'),
    /** The picture link previews show for every page. */
    socialImage: () => href('/social.png'),
    caseCitation: (id: string, ext: 'ris' | 'json') => href(`/cases/${id}/citation.${ext}`),
  };
}

export type Paths = ReturnType<typeof pathsFor>;

const cache = new Map<Locale, Paths>();
/** The addresses of one language's pages. */
export function localePaths(locale: Locale): Paths {
  let found = cache.get(locale);
  if (!found) cache.set(locale, (found = pathsFor(locale)));
  return found;
}

/** The default language's addresses, for what has no language (exports, feeds, tests). */
export const paths = localePaths(defaultLocale);
