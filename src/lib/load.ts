import { getCollection } from 'astro:content';
import { createAtlas, type Atlas } from './atlas.ts';

let atlas: Promise<Atlas> | undefined;

/** The atlas, loaded and indexed once per build and shared by every page. */
export function getAtlas(): Promise<Atlas> {
  atlas ??= (async () => {
    const [regions, domains, organisations, projects, cases, tours] = await Promise.all([
      getCollection('regions'),
      getCollection('domains'),
      getCollection('organisations'),
      getCollection('projects'),
      getCollection('cases'),
      getCollection('tours'),
    ]);
    return createAtlas({ regions, domains, organisations, projects, cases, tours });
  })();
  return atlas;
}
