import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { caseSchema, domain, organisationSchema, projectSchema, region, sourceSchema, tourSchema, trailSchema } from './schemas/index.ts';
import { contentDir } from './lib/content-dir.ts';
import { entryFileNames, listTranslationFile, translationLocales, type EntryCollection, type ListCollection } from './lib/content-files.ts';
import { caseTranslation, domainTranslation, organisationTranslation, projectTranslation, regionTranslation, tourTranslation } from './schemas/translation.ts';
import { readFileSync, existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Loader } from 'astro/loaders';

const root = contentDir();
// Each loader reads exactly the files the content check lists (src/lib/content-files.ts),
// by name; a pattern of its own could pick up a file the check refused or never read.
// A collection with no files loads nothing (a glob matching no file warns on every build,
// and a new atlas has several such collections: no translations yet).
const entries = (collection: EntryCollection, translations = false): Loader => {
  const names = entryFileNames(root, collection, translations);
  if (names.length === 0) return { name: `${collection}-none`, load: ({ store }) => Promise.resolve(store.clear()) };
  return glob({
    base: `${root}/${collection}`,
    pattern: names,
    // "discorsi-lyon.it.mdx" is the entry "discorsi-lyon.it": the original's id and the language.
    generateId: ({ entry }) => entry.replace(/\.(mdx|yaml)$/, ''),
  });
};

/** Every regions.<lang>.yaml (or domains.<lang>.yaml) item, as the entry "<id>.<lang>". */
const listTranslations = (collection: ListCollection): Loader => ({
  name: `${collection}-translations`,
  load: async (context) => {
    const { store, config } = context;
    store.clear();
    for (const lang of translationLocales) {
      const path = `${root}/${listTranslationFile(collection, lang)}`;
      if (!existsSync(path)) continue;
      const items = parse(readFileSync(path, 'utf8')) as { id: string }[];
      for (const item of items) {
        const id = `${item.id}.${lang}`;
        store.set({ id, data: await context.parseData({ id, data: item }), filePath: relative(fileURLToPath(config.root), path) });
      }
    }
  },
});


export const collections = {
  regions: defineCollection({ loader: file(`${root}/regions.yaml`), schema: region }),
  domains: defineCollection({ loader: file(`${root}/domains.yaml`), schema: domain }),
  sources: defineCollection({ loader: entries('sources'), schema: sourceSchema }),
  organisations: defineCollection({ loader: entries('organisations'), schema: organisationSchema(reference) }),
  projects: defineCollection({ loader: entries('projects'), schema: projectSchema(reference) }),
  cases: defineCollection({ loader: entries('cases'), schema: caseSchema(reference) }),
  tours: defineCollection({ loader: entries('tours'), schema: tourSchema(reference) }),
  trails: defineCollection({ loader: entries('trails'), schema: trailSchema(reference) }),
  // Translations (src/schemas/translation.ts): text only, beside the originals they translate.
  caseTranslations: defineCollection({ loader: entries('cases', true), schema: caseTranslation }),
  tourTranslations: defineCollection({ loader: entries('tours', true), schema: tourTranslation }),
  organisationTranslations: defineCollection({ loader: entries('organisations', true), schema: organisationTranslation }),
  projectTranslations: defineCollection({ loader: entries('projects', true), schema: projectTranslation }),
  regionTranslations: defineCollection({ loader: listTranslations('regions'), schema: regionTranslation }),
  domainTranslations: defineCollection({ loader: listTranslations('domains'), schema: domainTranslation }),
};
