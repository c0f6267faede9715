import { getCollection as readCollection } from 'astro:content';
import { collectionHasFiles } from './collection-files.ts';
import { resolve } from 'node:path';
import { createAtlas, type Atlas } from './atlas.ts';
import { contentDir, projectRoot } from './content-dir.ts';
import { commitDates } from './provenance.ts';
import { localizeAll, translationsIn } from './localize.ts';
import { defaultLocale, type Locale } from '../i18n/config.ts';

// A collection with no file is empty, without Astro's warning that it "does not exist or is empty".
const getCollection = ((name: string) => (collectionHasFiles(name) ? readCollection(name as never) : Promise.resolve([]))) as typeof readCollection;

const loaded = (async () => {
  const [regions, domains, organisations, projects, cases, tours, sources, trails, ...translations] = await Promise.all([
    getCollection('regions'),
    getCollection('domains'),
    getCollection('organisations'),
    getCollection('projects'),
    getCollection('cases'),
    getCollection('tours'),
    getCollection('sources'),
    getCollection('trails'),
    getCollection('regionTranslations'),
    getCollection('domainTranslations'),
    getCollection('organisationTranslations'),
    getCollection('projectTranslations'),
    getCollection('caseTranslations'),
    getCollection('tourTranslations'),
  ]);
  return { collections: { regions, domains, organisations, projects, cases, tours, sources, trails }, translations };
})();

const atlases = new Map<Locale, Promise<Atlas>>();
let originals: Promise<Atlas> | undefined;

/**
 * The atlas as written: every entry in its original language, for the open data, feeds and
 * citation files, which keep ids and original text (labels in every language are in labels.csv).
 */
export function getOriginalAtlas(): Promise<Atlas> {
  originals ??= loaded.then(({ collections }) => createAtlas(collections, defaultLocale));
  return originals;
}

/**
 * The atlas as a reader of `locale` sees it (each entry's text in that language where a
 * translation exists), loaded and indexed once per build and language, shared by every page.
 */
export function getAtlas(locale: Locale = defaultLocale): Promise<Atlas> {
  let atlas = atlases.get(locale);
  if (!atlas) {
    atlas = (async () => {
      const { collections: c, translations } = await loaded;
      const [regionT, domainT, organisationT, projectT, caseT, tourT] = translations.map((t) => translationsIn(t as never, locale));
      return createAtlas(
        {
          ...c,
          regions: localizeAll(c.regions, regionT!, locale, 'regions', 'regionTranslations'),
          domains: localizeAll(c.domains, domainT!, locale, 'domains', 'domainTranslations'),
          organisations: localizeAll(c.organisations, organisationT!, locale, 'organisations', 'organisationTranslations'),
          projects: localizeAll(c.projects, projectT!, locale, 'projects', 'projectTranslations'),
          cases: localizeAll(c.cases, caseT!, locale, 'cases', 'caseTranslations'),
          tours: localizeAll(c.tours, tourT!, locale, 'tours', 'tourTranslations'),
        },
        locale,
      );
    })();
    atlases.set(locale, atlas);
  }
  return atlas;
}

let dates: ReturnType<typeof commitDates> | undefined;

/** When a content file last changed, from git history once per build; undefined if unknown. */
export function lastUpdated(filePath: string | undefined): string | undefined {
  if (!filePath) return undefined;
  dates ??= commitDates(contentDir());
  return dates.last.get(resolve(projectRoot(), filePath));
}

/** When a content file was added (date and time), from the same git history; undefined if unknown. */
export function dateAdded(filePath: string | undefined): string | undefined {
  if (!filePath) return undefined;
  dates ??= commitDates(contentDir());
  return dates.first.get(resolve(projectRoot(), filePath));
}

/** The day a content file was first committed (its page first published), from the same history; undefined if unknown. */
export function firstPublished(filePath: string | undefined): string | undefined {
  return dateAdded(filePath)?.slice(0, 10);
}
