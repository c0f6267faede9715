import { getCollection as readCollection } from 'astro:content';
import { collectionHasFiles } from './collection-files.ts';
import { resolve } from 'node:path';
import { createAtlas, type Atlas } from './atlas.ts';
import { contentDir, projectRoot } from './content-dir.ts';
import { commitDates } from './provenance.ts';
import { localizeAll, translationsIn } from './localize.ts';
import { defaultLocale, type Locale } from '../i18n/config.ts';
import { allCollections, translatableNames, translationCollection } from './collections.ts';
import type { Collections, Entry } from './types.ts';

// A collection with no file is empty, without Astro's warning that it "does not exist or is empty".
const getCollection = ((name: string) => (collectionHasFiles(name) ? readCollection(name as never) : Promise.resolve([]))) as typeof readCollection;


// Every collection of the registry (src/lib/collections.ts) and its translations, read once per build.
const loaded = (async () => {
  const [originals, translations] = await Promise.all([
    Promise.all(allCollections.map(async (name) => [name, await getCollection(name)] as const)),
    Promise.all(translatableNames.map(async (name) => [name, await getCollection(translationCollection(name))] as const)),
  ]);
  return { collections: Object.fromEntries(originals) as unknown as Collections, translations };
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
      const localized = Object.fromEntries(
        translations.map(([name, entries]) => [
          name,
          localizeAll(c[name] as Entry<object>[], translationsIn(entries as never, locale), locale, name, translationCollection(name)),
        ]),
      );
      return createAtlas({ ...c, ...localized }, locale);
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
