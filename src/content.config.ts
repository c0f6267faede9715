import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { entryFileNames, listContentFiles, listFiles, listTranslationFile, translationLocales, type ContentFiles, type EntryCollection, type ListCollection } from './lib/content-files.ts';
import { allCollections, collections as registry, translatableNames, translationCollection, type CollectionName, type Registry, type TranslatableCollection } from './lib/collections.ts';
import { readFileSync, existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ContentEntryType } from 'astro';
import { contentChecked } from './integrations/content-check.ts';
import { BODY_HTML_VERSION, renderBodyFile } from './lib/body-html.ts';

const root = contentDir();

/** A loader that reads nothing before the content check has passed (src/integrations/content-check.ts). */
const gated = (loader: Loader): Loader => ({
  ...loader,
  load: async (context) => {
    await contentChecked();
    return loader.load(context);
  },
});
// Each loader reads exactly the files the content check lists (src/lib/content-files.ts),
// by name; a pattern of its own could pick up a file the check refused or never read.
// A collection with no files loads nothing (a glob matching no file warns on every build,
// and a new atlas has several such collections: no translations yet).
// The folder is listed once for every loader (listing 10,000 files takes a few dozen ms).
let listing: ContentFiles | undefined;
const files = () => (listing ??= listContentFiles(root));
const entries = (collection: EntryCollection, translations = false): Loader => {
  const names = entryFileNames(root, collection, translations, files);
  if (names.length === 0) return { name: `${collection}-none`, load: ({ store }) => Promise.resolve(store.clear()) };
  return bodiesAsData(
    glob({
      base: `${root}/${collection}`,
      pattern: names,
      // "discorsi-lyon.it.mdx" is the entry "discorsi-lyon.it": the original's id and the language.
      generateId: ({ entry }) => entry.replace(/\.(mdx|yaml)$/, ''),
    }),
  );
};

/**
 * A glob loader whose .mdx bodies are written as HTML when they load (src/lib/body-html.ts),
 * as Astro does for Markdown, instead of each becoming a module for the bundler. A body
 * the rules refuse stops the load; none is stored half-written.
 */
const bodiesAsData = (loader: Loader): Loader => ({
  ...loader,
  load: async (given) => {
    // The glob loader reads each file type's entry type from its context (Astro passes them; its public type omits them).
    const context = given as LoaderContext & { entryTypes: Map<string, ContentEntryType> };
    const refused: string[] = [];
    const entryTypes = new Map(context.entryTypes);
    const mdx = entryTypes.get('.mdx');
    if (mdx) {
      entryTypes.set('.mdx', {
        ...mdx,
        getRenderFunction: () =>
          Promise.resolve(({ filePath }: { filePath?: string | undefined }) => {
            try {
              return Promise.resolve(renderBodyFile(filePath!, root));
            } catch (error) {
              refused.push(error instanceof Error ? error.message : String(error));
              throw error;
            }
          }),
      });
    }
    // An entry cached by a build that wrote bodies differently is written again.
    const generateDigest: typeof context.generateDigest = (data) => context.generateDigest(typeof data === 'string' ? `${BODY_HTML_VERSION}\n${data}` : data);
    await loader.load({ ...context, entryTypes, generateDigest } as LoaderContext);
    if (refused.length > 0) throw new Error(refused.join('\n'));
  },
});

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


type Originals = { [K in CollectionName]: { loader: Loader; schema: ReturnType<Registry[K]['schema']> } };
type Translations = { [K in TranslatableCollection as ReturnType<typeof translationCollection<K>>]: { loader: Loader; schema: Registry[K]['translation'] } };

const isList = (name: CollectionName): name is ListCollection => 'file' in registry[name].storage;

// Every collection of the registry (src/lib/collections.ts), with its loader and schema;
// then its translations (src/schemas/translation.ts): text only, beside the originals they translate.
const originals = Object.fromEntries(
  allCollections.map((name) => [
    name,
    defineCollection({
      loader: gated(isList(name) ? file(`${root}/${listFiles[name]}`) : entries(name as EntryCollection)),
      schema: registry[name].schema(reference),
    }),
  ]),
) as unknown as Originals;
const translations = Object.fromEntries(
  translatableNames.map((name) => [
    translationCollection(name),
    defineCollection({ loader: gated(isList(name) ? listTranslations(name) : entries(name as EntryCollection, true)), schema: registry[name].translation }),
  ]),
) as unknown as Translations;

export const collections = { ...originals, ...translations };
