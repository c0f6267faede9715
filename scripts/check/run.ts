/**
 * The content checker: every problem in the content folder, in one run. It reads the
 * files as Astro will, validates them with the same zod schemas, and adds what Astro
 * does not enforce: references that exist, unique ids, and bodies that run no code.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import sharp from 'sharp';
import { limits, media } from '../../src/schemas/body.ts';
import { readFile } from 'node:fs/promises';
import type { z } from 'astro/zod';
import { collections as registry, listCollectionNames, schemasWith, type CollectionName, type ListCollection } from '../../src/lib/collections.ts';
import { decodeContent, listEntries, type EntryFile } from './files.ts';
import { splitMdx } from './frontmatter.ts';
import { issueToProblems } from './issues.ts';
import { checkBody } from './mdx-body.ts';
import { readListFile, type ListFile } from './list-files.ts';
import { checkProvenance } from './provenance.ts';
import { trailScopeProblems } from './trails.ts';
import { checkingRef, type KnownIds } from './references.ts';
import { compareProblems, type ContentCounts, type Problem } from './report.ts';
import { parseYamlSource, type PathKey, type YamlSource } from './yaml-source.ts';
import { internalMarker, invisibleCharacter, invisibleMessage, markerMessage } from '../../src/lib/body-rules.ts';
import { placeholderProblems } from './placeholders.ts';
import { listTranslationProblems, translationProblems } from './translations.ts';

export interface CheckResult {
  problems: Problem[];
  /** What is worth a look but does not fail the check: figures in a body without a citation. */
  warnings: Problem[];
  /** Entries found per collection, valid or not. */
  counts: ContentCounts;
}

/** Every problem in the content folder `dir`, sorted by file and position. */
export async function checkContent(dir: string): Promise<Problem[]> {
  return (await inspectContent(dir)).problems;
}

export async function inspectContent(dir: string): Promise<CheckResult> {
  if (!existsSync(dir)) {
    return { problems: [{ file: dir, message: 'content folder not found: create it, or point CONTENT_DIR at one' }], warnings: [], counts: {} };
  }
  // The list files (regions.yaml, domains.yaml), by collection.
  const lists = Object.fromEntries(await Promise.all(listCollectionNames.map(async (name) => [name, await readListFile(dir, name)] as const))) as Record<ListCollection, ListFile>;
  const listed = listEntries(dir);
  const { entries, problems } = listed;
  const pictureChecks = await Promise.all(listed.pictures.map((name) => pictureProblem(join(dir, media.folder, name))));
  problems.push(...pictureChecks.flatMap((p) => (p ? [p] : [])));
  const pictures = listed.pictures.filter((_, i) => !pictureChecks[i]);
  const pictureSet = new Set(pictures);
  const pictureExists = (name: string) => pictureSet.has(name);
  for (const list of Object.values(lists)) problems.push(...list.problems);
  const listTranslations = await Promise.all(listed.listTranslations.map((t) => readListFile(dir, t.collection, t.lang)));
  listTranslations.forEach((t, i) => {
    problems.push(...t.problems, ...validateList(t));
    problems.push(...listTranslationProblems(t, lists[listed.listTranslations[i]!.collection]));
  });

  const known: KnownIds = Object.fromEntries(listCollectionNames.map((name) => [name, new Set(lists[name].ids)]));
  for (const name of listCollectionNames) problems.push(...reservedIdProblems(name, lists[name]));
  for (const entry of entries) {
    const taken = reservedIds(entry.collection).get(entry.id);
    if (taken) problems.push({ file: entry.path, message: `the id "${entry.id}" is taken by the site's own page ${taken}; rename the file` });
  }
  for (const entry of entries) (known[entry.collection] ??= new Set()).add(entry.id);

  const ref = checkingRef(known);
  const schemas: Record<string, z.core.$ZodType> = schemasWith(ref);
  // A translation holds only text (src/schemas/translation.ts); its facts are the original's.
  const translationSchemas: Record<string, z.core.$ZodType | undefined> = Object.fromEntries(Object.entries(registry).map(([name, c]) => [name, 'translation' in c ? c.translation : undefined]));
  for (const list of Object.values(lists)) problems.push(...validateList(list));
  const sources = known['sources'] ?? new Set<string>();
  const warnings: Problem[] = [];
  const regionRules = checkProvenance({ collection: 'regions', file: lists.regions.path, data: lists.regions.yaml.data, yaml: lists.regions.yaml, sources });
  problems.push(...regionRules.problems);
  const perFile = await Promise.all(
    entries.map((entry) => checkEntry(entry, (entry.lang ? translationSchemas : schemas)[entry.collection]!, sources, pictureExists)),
  );
  for (const result of perFile) {
    problems.push(...result.problems);
    warnings.push(...result.warnings);
  }
  // Rules across files: a trail's scope against the regions its ends resolve to.
  const parsed = entries.map((entry, i) => ({ entry, yaml: perFile[i]!.yaml, body: perFile[i]!.body, bodyOffset: perFile[i]!.bodyOffset }));
  problems.push(...trailScopeProblems(parsed, known['regions'] ?? new Set()));
  problems.push(...translationProblems(parsed));

  // The summary line's order: these first (named even when none), then what was found, then the list files.
  const counts: ContentCounts = { cases: 0, tours: 0, organisations: 0, projects: 0, sources: 0 };
  for (const entry of entries) {
    const kind = entry.lang ? 'translations' : entry.collection;
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  if (listTranslations.length > 0) counts['translations'] = (counts['translations'] ?? 0) + listTranslations.reduce((n, t) => n + t.items.length, 0);
  for (const name of listCollectionNames) counts[name] = lists[name].ids.length;
  return { problems: problems.sort(compareProblems), warnings: warnings.sort(compareProblems), counts };
}

function validateList(list: ListFile): Problem[] {
  return list.items.flatMap((item, index) => [...markerProblems(item, list.path, list.yaml, [index]), ...validate(list.schema, item, list.path, list.yaml, [index])]);
}

/** Schema problems of one value; `prefix` is its path in the file (its index in a list file). */
function validate(schema: z.core.$ZodType, value: unknown, file: string, yaml: YamlSource, prefix: number[] = []): Problem[] {
  const result = (schema as z.ZodType).safeParse(value);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => issueToProblems(issue, { file, data: yaml.data, yaml, schema, prefix }));
}

async function checkEntry(
  entry: EntryFile,
  schema: z.core.$ZodType,
  sources: ReadonlySet<string>,
  pictureExists: (name: string) => boolean,
): Promise<{ problems: Problem[]; warnings: Problem[]; yaml?: YamlSource | undefined; body?: string; bodyOffset?: number }> {
  const read = decodeContent(await readFile(entry.path), entry.path);
  if ('problem' in read) return { problems: [read.problem], warnings: [] };
  const text = read.text;
  // A translation's citations are the original's (scripts/check/translations.ts compares them).
  const rules = (fields: Fields, body?: string, bodyOffset?: number) =>
    fields.yaml && !entry.lang
      ? checkProvenance({ collection: entry.collection, file: entry.path, data: fields.yaml.data, yaml: fields.yaml, body, bodyOffset, sources })
      : { problems: [], warnings: [] };
  if (!entry.path.endsWith('.mdx')) {
    const fields = checkFields(text, 0, entry.path, schema);
    const provenance = rules(fields);
    return { problems: [...fields.problems, ...provenance.problems, ...placeholderProblems(text, entry.path, Infinity)], warnings: provenance.warnings, yaml: fields.yaml };
  }

  const parts = splitMdx(text);
  if (parts.misread) return { problems: [{ file: entry.path, line: parts.misread.line, column: 1, message: parts.misread.message }], warnings: [] };
  const problems: Problem[] = [];
  let fields: Fields = { problems: [] };
  if (parts.unclosed) {
    problems.push({ file: entry.path, line: parts.unclosed.line, column: 1, message: 'the frontmatter is never closed: add a line "---" after the last field' });
  } else if (parts.frontmatter === undefined) {
    problems.push({ file: entry.path, line: 1, column: 1, message: 'no frontmatter: the file must start with a line "---", then the fields, then another "---"' });
  } else {
    fields = checkFields(parts.frontmatter, parts.frontmatterOffset, entry.path, schema);
    problems.push(...fields.problems);
  }
  if (!parts.unclosed) problems.push(...checkBody(text, entry.path, parts.bodyOffset, pictureExists));
  // The whole file, line for line: the frontmatter's lines are fields, the rest body.
  problems.push(...placeholderProblems(text.split(/\r?\n/).join('\n'), entry.path, parts.frontmatter === undefined ? 0 : parts.bodyOffset));
  const provenance = fields.yaml || entry.lang
    ? rules(fields, parts.body, parts.bodyOffset)
    : checkProvenance({ collection: entry.collection, file: entry.path, data: undefined, yaml: parseYamlSource(''), body: parts.body, bodyOffset: parts.bodyOffset, sources });
  problems.push(...provenance.problems);
  return { problems, warnings: provenance.warnings, yaml: fields.yaml, body: parts.body, bodyOffset: parts.bodyOffset };
}

/** A file's schema problems, and its parsed YAML when it could be read. */
interface Fields {
  problems: Problem[];
  yaml?: YamlSource;
}

const pagesDir = fileURLToPath(new URL('../../src/pages/', import.meta.url));

/** Ids a collection may not use: the names of static pages beside its dynamic route (e.g. /compare/cases/ beside /compare/<domain>/). */
function reservedIds(collection: CollectionName): Map<string, string> {
  const taken = new Map<string, string>();
  // Pages live under src/pages/[...lang]/ (once per language), data files at the root: both take names.
  const dirs = registry[collection].routes.flatMap((folder) => [folder, `[...lang]/${folder}`].map((path) => ({ folder, dir: join(pagesDir, path) })));
  for (const { folder, dir } of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (name.includes('[')) continue;
      const id = name.replace(/\.(astro|ts|md|mdx)$/, '');
      if (id !== 'index') taken.set(id, `/${folder}/${id}/`);
    }
  }
  return taken;
}

function reservedIdProblems(collection: ListCollection, list: ListFile): Problem[] {
  const taken = reservedIds(collection);
  return list.ids.flatMap((id) => {
    const page = taken.get(id);
    if (!page) return [];
    const index = list.items.findIndex((item) => (item as { id?: unknown } | null)?.id === id);
    return [{ file: list.path, ...list.yaml.locate([index, 'id']), field: `[${index}].id`, message: `the id "${id}" is taken by the site's own page ${page}; choose another` }];
  });
}

const formats: Record<string, string[]> = { png: ['png'], jpg: ['jpeg'], jpeg: ['jpeg'], webp: ['webp'], gif: ['gif'], avif: ['heif'] };

/**
 * A picture Astro's image service can read, of the type its name says, within the
 * pixel limit: a small file can hold a picture so large that converting it takes the
 * build minutes and gigabytes. Read with sharp, the library that converts it.
 */
async function pictureProblem(path: string): Promise<Problem | undefined> {
  const ext = path.slice(path.lastIndexOf('.') + 1);
  try {
    const { format, width = 0, height = 0 } = await sharp(path, { limitInputPixels: limits.pixels }).metadata();
    if (!formats[ext]?.includes(format ?? '')) return { file: path, message: `the file is a ${format ?? 'unknown'} picture but its name ends in .${ext}; rename it or convert it` };
    if (width * height > limits.pixels) return { file: path, message: `the picture is ${width} × ${height} pixels; at most ${limits.pixels / 1e6} megapixels are allowed, so make it smaller` };
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const tooLarge = /pixel limit/i.test(reason);
    return { file: path, message: tooLarge ? `the picture has more than ${limits.pixels / 1e6} megapixels; make it smaller` : `the picture cannot be read (${reason}); save it again as ${ext.toUpperCase()}` };
  }
}

/** A YAML file or frontmatter block: syntax first, then the schema. */
function checkFields(text: string, lineOffset: number, file: string, schema: z.core.$ZodType): Fields {
  const yaml = parseYamlSource(text, lineOffset);
  if (yaml.errors.length) return { problems: yaml.errors.map((e) => ({ file, ...e.position, message: `YAML syntax error: ${e.message}` })) };
  if (yaml.data === null || yaml.data === undefined) {
    return { problems: [{ file, line: lineOffset + 1, column: 1, message: 'no fields: the file is empty' }] };
  }
  return { problems: [...markerProblems(yaml.data, file, yaml), ...validate(schema, yaml.data, file, yaml)], yaml };
}

/**
 * Every string in the data, keys included, that spells a build tool's placeholder or
 * holds an invisible character (src/lib/body-rules.ts): YAML escapes can spell either
 * where the file's text does not show it.
 */
export function markerProblems(data: unknown, file: string, yaml: YamlSource, prefix: PathKey[] = []): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, path: PathKey[]) => {
    if (typeof value === 'string') {
      const found = internalMarker(value);
      if (found) problems.push({ file, ...yaml.locate(path), field: path.map(String).join('.'), message: markerMessage(found), found });
      // YAML escapes ("\0", "\e", "\uFFFF") spell characters the file's text does not show.
      const invisible = invisibleCharacter(value);
      if (invisible) problems.push({ file, ...yaml.locate(path), field: path.map(String).join('.'), message: invisibleMessage(invisible.code), found: invisible.code });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const found = internalMarker(key);
        if (found) problems.push({ file, ...yaml.locate(path), field: [...path, key].map(String).join('.'), message: markerMessage(found), found });
        walk(item, [...path, key]);
      }
    }
  };
  walk(data, prefix);
  return problems;
}
