/**
 * The content folder's file set: the one list both the content check and Astro's
 * loaders (src/content.config.ts) read, so no file can be built that was not checked.
 * Everything in the folder is either a file named here or refused by name: symbolic
 * links, other extensions, subfolders, hidden or "_" files. A body cannot reach a file
 * the check has not read, because there is none.
 */
import { closeSync, lstatSync, openSync, readSync, readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { media } from '../schemas/body.ts';
import { KEBAB_ID } from '../schemas/common.ts';
import { toKebab } from './kebab.ts';
import { localeConfig, type Locale } from '../i18n/config.ts';
import {
  entryCollectionNames,
  entryExt,
  listCollectionNames,
  listFile,
  translatableNames,
  type EntryCollection,
  type ListCollection,
  type TranslatableCollection,
} from './collections.ts';

/** Folder-per-collection layout: one file per entry, named by its id (the registry, src/lib/collections.ts, says which). */
export const entryCollections = Object.fromEntries(entryCollectionNames.map((n) => [n, entryExt(n)])) as Record<EntryCollection, '.yaml' | '.mdx'>;
/** Collections kept as one list file each. */
export const listFiles = Object.fromEntries(listCollectionNames.map((n) => [n, listFile(n)])) as Record<ListCollection, string>;
export type { EntryCollection, ListCollection, TranslatableCollection };
export { toKebab };

/**
 * Collections whose entries can be translated: `<id>.<lang><ext>` beside `<id><ext>` (and
 * `regions.<lang>.yaml` beside `regions.yaml`), in any interface language but the original's
 * (the check compares them; an original in Italian can have an English translation).
 */
export const translatable: readonly TranslatableCollection[] = translatableNames;
// Every configured language, built or not (ATLAS_LANGUAGES): a preview in fewer languages
// reads the same content as the full build.
export const translationLocales: readonly Locale[] = localeConfig.map((l) => l.code);

/** "regions.it.yaml" for the Italian translations of regions.yaml. */
export const listTranslationFile = (collection: ListCollection, lang: Locale) => listFiles[collection].replace(/\.yaml$/, `.${lang}.yaml`);


export interface EntryFile {
  collection: EntryCollection;
  /** The entry id: the file name without extension (and without its language, for a translation). */
  id: string;
  path: string;
  /** For a translation (`<id>.<lang><ext>`), its language. */
  lang?: Locale;
}

export interface ListTranslationFile {
  collection: ListCollection;
  lang: Locale;
  path: string;
}

export interface RefusedFile {
  path: string;
  reason: string;
  suggestion?: string;
}

export interface ContentFiles {
  entries: EntryFile[];
  /** regions.<lang>.yaml and domains.<lang>.yaml. */
  listTranslations: ListTranslationFile[];
  /** Pictures in the media folder, by file name. */
  pictures: string[];
  refused: RefusedFile[];
}

const kindOf = (d: Dirent) => (d.isSymbolicLink() ? 'a symbolic link' : d.isDirectory() ? 'a folder' : d.isFile() ? 'a file' : 'a special file');

function children(dir: string): Dirent[] {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
}

/** Every file in the content folder `root`, sorted, as entries, pictures or refusals. */
export function listContentFiles(root: string): ContentFiles {
  const result: ContentFiles = { entries: [], listTranslations: [], pictures: [], refused: [] };
  const refuse = (path: string, reason: string, suggestion?: string) => result.refused.push({ path, reason, suggestion });
  const listNames: readonly string[] = Object.values(listFiles);
  const folders: readonly string[] = [...Object.keys(entryCollections), media.folder];
  const allowedTop = [...listNames, ...folders.map((f) => `${f}/`)].join(', ');

  for (const item of children(root)) {
    const path = join(root, item.name);
    if (item.isFile() && listNames.includes(item.name)) continue;
    const listTranslation = item.isFile() ? listTranslationOf(item.name) : undefined;
    if (listTranslation) {
      result.listTranslations.push({ ...listTranslation, path });
      continue;
    }
    if (!item.isDirectory() || !folders.includes(item.name)) {
      refuse(path, `${kindOf(item)} the atlas does not read: the content folder holds only ${allowedTop}. Remove it or move it into place`);
      continue;
    }
    for (const file of children(path)) {
      const filePath = join(path, file.name);
      if (!file.isFile()) {
        refuse(filePath, `${kindOf(file)} is not allowed in ${item.name}/: only plain files sit there, directly in the folder`);
      } else if (item.name === media.folder) {
        const problem = pictureProblem(filePath, file.name);
        if (problem) refuse(filePath, problem);
        else result.pictures.push(file.name);
      } else {
        const collection = item.name as EntryCollection;
        const ext = entryCollections[collection];
        const stem = file.name.endsWith(ext) ? file.name.slice(0, -ext.length) : undefined;
        const [, id, lang] = stem?.match(/^(.*?)(?:\.([a-z]{2,3}))?$/) ?? [];
        const canTranslate = (translatable as readonly string[]).includes(collection);
        if (stem === undefined || id === undefined) refuse(filePath, `this file is not read: files in ${collection}/ must end in ${ext}`);
        else if (lang !== undefined && !(canTranslate && (translationLocales as readonly string[]).includes(lang)))
          refuse(
            filePath,
            canTranslate
              ? `"${lang}" is not a language the atlas translates into: a translation is named <id>.<lang>${ext}, with <lang> one of ${translationLocales.join(', ')}`
              : `entries in ${collection}/ are not translated; the file name must be the id followed by ${ext}`,
          );
        else if (!KEBAB_ID.test(id)) refuse(filePath, `file name "${file.name}" must be lowercase kebab-case ASCII, as it is the id`, `${toKebab(id) || 'entry'}${lang ? `.${lang}` : ''}${ext}`);
        else result.entries.push({ collection, id, path: filePath, ...(lang ? { lang: lang as Locale } : {}) });
      }
    }
  }
  return result;
}

// The first bytes of each picture format, so a file cannot pass for a picture by its name alone.
const signatures: [RegExp, (head: Buffer) => boolean][] = [
  [/\.png$/, (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  [/\.jpe?g$/, (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff],
  [/\.gif$/, (h) => /^GIF8[79]a/.test(h.toString('latin1', 0, 6))],
  [/\.webp$/, (h) => h.toString('latin1', 0, 4) === 'RIFF' && h.toString('latin1', 8, 12) === 'WEBP'],
  [/\.avif$/, (h) => h.toString('latin1', 4, 8) === 'ftyp' && /^avi[fs]$/.test(h.toString('latin1', 8, 12))],
];

function pictureProblem(path: string, name: string): string | undefined {
  if (!media.name.test(name)) return `not a picture the atlas publishes: files in ${media.folder}/ are named in lowercase-kebab-case and end in ${media.extensions.join(', ')}`;
  const { size } = lstatSync(path);
  if (size > media.maxBytes) return `the picture is ${Math.ceil(size / 1024)} KiB; a picture may be at most ${media.maxBytes / 1024 / 1024} MiB`;
  const head = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  const matches = signatures.find(([ext]) => ext.test(name))?.[1](head);
  return matches ? undefined : `the file's content is not a ${name.split('.').pop()!.toUpperCase()} picture, whatever its name says`;
}

function listTranslationOf(name: string): Omit<ListTranslationFile, 'path'> | undefined {
  for (const collection of Object.keys(listFiles) as ListCollection[]) {
    for (const lang of translationLocales) if (name === listTranslationFile(collection, lang)) return { collection, lang };
  }
  return undefined;
}

/**
 * The file names of one collection's entries, originals or translations, for its loader.
 * `files` is the folder's listing when the caller asks for several collections: made once.
 */
export function entryFileNames(root: string, collection: EntryCollection, translations = false, files?: () => ContentFiles): string[] {
  const dir = join(root, collection);
  try {
    if (!lstatSync(dir).isDirectory()) return [];
  } catch {
    return [];
  }
  return (files ? files() : listContentFiles(root))
    .entries.filter((e) => e.collection === collection && (e.lang !== undefined) === translations)
    .map((e) => `${e.id}${e.lang ? `.${e.lang}` : ''}${entryCollections[collection]}`);
}
