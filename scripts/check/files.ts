/** Finding the content files, the way Astro's loaders do, and what their ids are. */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from './report.ts';
import { toKebab } from './suggest.ts';

export interface EntryFile {
  collection: string;
  /** The entry id: the path under the collection folder, without extension. */
  id: string;
  path: string;
}

/** Folder-per-collection layout of CONTENT-MODEL.md: one file per entry. */
export const entryCollections = { sources: '.yaml', organisations: '.yaml', projects: '.yaml', cases: '.mdx', tours: '.mdx' } as const;
export type EntryCollection = keyof typeof entryCollections;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Like the loaders' `!**/_*` pattern: a leading "_" hides a file or a whole folder
// (templates, drafts). Dotfiles (.gitkeep, .DS_Store) are not content either.
const hidden = (name: string) => name.startsWith('_') || name.startsWith('.');

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => !hidden(d.name))
    .flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.isFile() ? [join(dir, d.name)] : []))
    .sort();
}

/** Entry files of every collection, and problems with files Astro would skip or mis-name. */
export function listEntries(root: string): { entries: EntryFile[]; problems: Problem[] } {
  const entries: EntryFile[] = [];
  const problems: Problem[] = [];
  for (const [collection, ext] of Object.entries(entryCollections)) {
    const base = join(root, collection);
    for (const path of walk(base)) {
      const rel = relative(base, path).split('\\').join('/');
      if (!rel.endsWith(ext)) {
        // A case saved as .md would silently be missing from the site.
        problems.push({ file: path, message: `this file is not read: files in ${collection}/ must end in ${ext}` });
        continue;
      }
      const id = rel.slice(0, -ext.length);
      if (id.includes('/')) {
        problems.push({ file: path, message: `files in ${collection}/ must sit directly in that folder, not in a subfolder` });
      } else if (!KEBAB.test(id)) {
        problems.push({ file: path, message: `file name "${id}${ext}" must be lowercase kebab-case ASCII, as it is the id`, found: id, suggestion: `${toKebab(id) || 'entry'}${ext}` });
      }
      entries.push({ collection, id, path });
    }
  }
  return { entries, problems };
}
