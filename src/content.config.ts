import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { caseSchema, domain, organisationSchema, projectSchema, region, sourceSchema, tourSchema, trailSchema } from './schemas/index.ts';
import { contentDir } from './lib/content-dir.ts';
import { entryCollections, entryFileNames, type EntryCollection } from './lib/content-files.ts';

const root = contentDir();
// Each loader reads exactly the files the content check lists (src/lib/content-files.ts),
// by name; a pattern of its own could pick up a file the check refused or never read.
// A collection with no files gets a pattern that matches nothing.
const entries = (collection: EntryCollection) => {
  const names = entryFileNames(root, collection);
  return glob({ base: `${root}/${collection}`, pattern: names.length > 0 ? names : [`no-entries${entryCollections[collection]}.none`] });
};

export const collections = {
  regions: defineCollection({ loader: file(`${root}/regions.yaml`), schema: region }),
  domains: defineCollection({ loader: file(`${root}/domains.yaml`), schema: domain }),
  sources: defineCollection({ loader: entries('sources'), schema: sourceSchema }),
  organisations: defineCollection({ loader: entries('organisations'), schema: organisationSchema(reference) }),
  projects: defineCollection({ loader: entries('projects'), schema: projectSchema(reference) }),
  cases: defineCollection({ loader: entries('cases'), schema: caseSchema(reference) }),
  tours: defineCollection({ loader: entries('tours'), schema: tourSchema(reference) }),
  trails: defineCollection({ loader: entries('trails'), schema: trailSchema(reference) }),
};
