import { getCollection } from 'astro:content';
import { resolve } from 'node:path';
import { createAtlas, type Atlas } from './atlas.ts';
import { contentDir, projectRoot } from './content-dir.ts';
import { commitDates } from './provenance.ts';

let atlas: Promise<Atlas> | undefined;

/** The atlas, loaded and indexed once per build and shared by every page. */
export function getAtlas(): Promise<Atlas> {
  atlas ??= (async () => {
    const [regions, domains, organisations, projects, cases, tours, sources, trails] = await Promise.all([
      getCollection('regions'),
      getCollection('domains'),
      getCollection('organisations'),
      getCollection('projects'),
      getCollection('cases'),
      getCollection('tours'),
      getCollection('sources'),
      getCollection('trails'),
    ]);
    return createAtlas({ regions, domains, organisations, projects, cases, tours, sources, trails });
  })();
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
