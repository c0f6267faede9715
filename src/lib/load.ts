import { getCollection } from 'astro:content';
import { resolve } from 'node:path';
import { createAtlas, type Atlas } from './atlas.ts';
import { contentDir, projectRoot } from './content-dir.ts';
import { firstCommitDates, lastCommitDates } from './provenance.ts';

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

let dates: Map<string, string> | undefined;

/** When a content file last changed, from git history once per build; undefined if unknown. */
export function lastUpdated(filePath: string | undefined): string | undefined {
  if (!filePath) return undefined;
  dates ??= lastCommitDates(contentDir());
  return dates.get(resolve(projectRoot(), filePath));
}

let added: Map<string, string> | undefined;

/** When a content file was first committed (its page first published), from git; undefined if unknown. */
export function firstPublished(filePath: string | undefined): string | undefined {
  if (!filePath) return undefined;
  added ??= firstCommitDates(contentDir());
  return added.get(resolve(projectRoot(), filePath));
}
