/**
 * Whether an Astro collection has any file in the content folder. Astro warns that a
 * collection "does not exist or is empty" whenever one with no entries is read, and a new
 * atlas has several (no translations, no trails yet): its first build should be clean, so
 * such a collection is read as empty without asking Astro (src/lib/load.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from './content-dir.ts';
import { listContentFiles, listFiles } from './content-files.ts';
import { allCollections, translatableNames, translationCollection, type TranslatableCollection } from './collections.ts';

/** The collection of a collection's translations, as src/content.config.ts names it (src/lib/collections.ts). */
const translationsOf = (collection: string) => translationCollection(collection as TranslatableCollection);
const known = new Set<string>([...allCollections, ...translatableNames.map(translationCollection)]);

let present: Set<string> | undefined;

/** False only for a collection this module knows and the content folder has no file for. */
export function collectionHasFiles(name: string, root = contentDir()): boolean {
  if (!known.has(name)) return true;
  if (!present) {
    const files = listContentFiles(root);
    present = new Set();
    for (const e of files.entries) present.add(e.lang ? translationsOf(e.collection) : e.collection);
    for (const l of files.listTranslations) present.add(translationsOf(l.collection));
    for (const [collection, file] of Object.entries(listFiles)) if (existsSync(join(root, file))) present.add(collection);
  }
  return present.has(name);
}
