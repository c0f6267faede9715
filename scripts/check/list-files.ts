/**
 * regions.yaml and domains.yaml: one file, a list of entries with an `id` each.
 * Astro's file() loader takes the ids from the list; a repeated id would silently
 * replace the earlier entry, so the checker refuses it.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { collections, listFile, type ListCollection } from '../../src/lib/collections.ts';
import { listTranslationFile } from '../../src/lib/content-files.ts';
import type { Locale } from '../../src/i18n/config.ts';
import { decodeContent } from './files.ts';
import type { Problem } from './report.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

export interface ListFile {
  path: string;
  schema: z.core.$ZodType;
  yaml: YamlSource;
  /** Entries to validate (empty when the file is missing or unreadable). */
  items: unknown[];
  /** Ids that exist, so references to them resolve even if their entry has other problems. */
  ids: string[];
  problems: Problem[];
}

/** regions.yaml or domains.yaml, or with `lang` one of their translations (regions.it.yaml). */
export async function readListFile(dir: string, name: ListCollection, lang?: Locale): Promise<ListFile> {
  const path = join(dir, lang ? listTranslationFile(name, lang) : listFile(name));
  const schema = lang ? collections[name].translation : collections[name].schema();
  const empty = { path, schema, yaml: parseYamlSource(''), items: [], ids: [] };
  if (!existsSync(path)) return { ...empty, problems: [{ file: path, message: `${name}.yaml is missing: it lists the ${name} every case refers to` }] };

  const read = decodeContent(await readFile(path), path);
  if ('problem' in read) return { ...empty, problems: [read.problem] };
  const yaml = parseYamlSource(read.text);
  if (yaml.errors.length) {
    return { ...empty, yaml, problems: yaml.errors.map((e) => ({ file: path, ...e.position, message: `YAML syntax error: ${e.message}` })) };
  }
  if (!Array.isArray(yaml.data)) {
    const where = yaml.locate([]);
    return { ...empty, yaml, problems: [{ file: path, ...where, message: `${name}.yaml must be a list: each entry starts with "- id: …"` }] };
  }

  const items = yaml.data as unknown[];
  const ids: string[] = [];
  const problems: Problem[] = [];
  const firstLine = new Map<string, number>();
  items.forEach((item, index) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return; // the schema reports a missing or malformed id
    const where = yaml.locate([index, 'id']);
    const seen = firstLine.get(id);
    if (seen === undefined) {
      firstLine.set(id, where.line);
      ids.push(id);
    } else {
      problems.push({ file: path, ...where, field: `[${index}].id`, message: `duplicate id "${id}": already used on line ${seen}`, found: JSON.stringify(id) });
    }
  });
  return { path, schema, yaml, items, ids, problems };
}
