import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { caseSchema, domain, organisationSchema, projectSchema, region, sourceSchema, tourSchema } from './schemas/index.ts';
import { contentDir } from './lib/content-dir.ts';

const root = contentDir();
// Files starting with "_" are templates and drafts, never published.
const entries = (folder: string, ext: string) => glob({ base: `${root}/${folder}`, pattern: [`**/*.${ext}`, `!**/_*`] });

export const collections = {
  regions: defineCollection({ loader: file(`${root}/regions.yaml`), schema: region }),
  domains: defineCollection({ loader: file(`${root}/domains.yaml`), schema: domain }),
  sources: defineCollection({ loader: entries('sources', 'yaml'), schema: sourceSchema }),
  organisations: defineCollection({ loader: entries('organisations', 'yaml'), schema: organisationSchema(reference) }),
  projects: defineCollection({ loader: entries('projects', 'yaml'), schema: projectSchema(reference) }),
  cases: defineCollection({ loader: entries('cases', 'mdx'), schema: caseSchema(reference) }),
  tours: defineCollection({ loader: entries('tours', 'mdx'), schema: tourSchema(reference) }),
};
