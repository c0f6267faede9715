/**
 * The content checker: every problem in the content folder, in one run. It reads the
 * files as Astro will, validates them with the same zod schemas, and adds what Astro
 * does not enforce: references that exist, unique ids, and bodies that run no code.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { z } from 'astro/zod';
import { caseSchema, organisationSchema, projectSchema, tourSchema } from '../../src/schemas/index.ts';
import { listEntries, type EntryFile } from './files.ts';
import { splitMdx } from './frontmatter.ts';
import { issueToProblems } from './issues.ts';
import { checkBody } from './mdx-body.ts';
import { readListFile, type ListFile } from './list-files.ts';
import { checkingRef, type KnownIds } from './references.ts';
import { compareProblems, type ContentCounts, type Problem } from './report.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { placeholderProblems } from './placeholders.ts';

export interface CheckResult {
  problems: Problem[];
  /** Entries found per collection, valid or not. */
  counts: ContentCounts;
}

/** Every problem in the content folder `dir`, sorted by file and position. */
export async function checkContent(dir: string): Promise<Problem[]> {
  return (await inspectContent(dir)).problems;
}

export async function inspectContent(dir: string): Promise<CheckResult> {
  if (!existsSync(dir)) {
    return { problems: [{ file: dir, message: 'content folder not found: create it, or point CONTENT_DIR at one' }], counts: {} };
  }
  const [regions, domains] = await Promise.all([readListFile(dir, 'regions'), readListFile(dir, 'domains')]);
  const { entries, problems } = listEntries(dir);
  problems.push(...regions.problems, ...domains.problems);

  const known: KnownIds = { regions: new Set(regions.ids), domains: new Set(domains.ids) };
  for (const entry of entries) (known[entry.collection] ??= new Set()).add(entry.id);

  const ref = checkingRef(known);
  const schemas: Record<string, z.core.$ZodType> = {
    organisations: organisationSchema(ref),
    projects: projectSchema(ref),
    cases: caseSchema(ref),
    tours: tourSchema(ref),
  };
  problems.push(...validateList(regions), ...validateList(domains));
  const perFile = await Promise.all(entries.map((entry) => checkEntry(entry, schemas[entry.collection]!)));
  problems.push(...perFile.flat());

  const counts: ContentCounts = { cases: 0, tours: 0, organisations: 0, projects: 0 };
  for (const entry of entries) counts[entry.collection] = (counts[entry.collection] ?? 0) + 1;
  counts.regions = regions.ids.length;
  counts.domains = domains.ids.length;
  return { problems: problems.sort(compareProblems), counts };
}

function validateList(list: ListFile): Problem[] {
  return list.items.flatMap((item, index) => validate(list.schema, item, list.path, list.yaml, [index]));
}

/** Schema problems of one value; `prefix` is its path in the file (its index in a list file). */
function validate(schema: z.core.$ZodType, value: unknown, file: string, yaml: YamlSource, prefix: number[] = []): Problem[] {
  const result = (schema as z.ZodType).safeParse(value);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => issueToProblems(issue, { file, data: yaml.data, yaml, schema, prefix }));
}

async function checkEntry(entry: EntryFile, schema: z.core.$ZodType): Promise<Problem[]> {
  const text = await readFile(entry.path, 'utf8');
  if (!entry.path.endsWith('.mdx')) return [...checkFields(text, 0, entry.path, schema), ...placeholderProblems(text, entry.path, Infinity)];

  const parts = splitMdx(text);
  const problems: Problem[] = [];
  if (parts.unclosed) {
    problems.push({ file: entry.path, line: parts.unclosed.line, column: 1, message: 'the frontmatter is never closed: add a line "---" after the last field' });
  } else if (parts.frontmatter === undefined) {
    problems.push({ file: entry.path, line: 1, column: 1, message: 'no frontmatter: the file must start with a line "---", then the fields, then another "---"' });
  } else {
    problems.push(...checkFields(parts.frontmatter, parts.frontmatterOffset, entry.path, schema));
  }
  problems.push(...checkBody(parts.body, entry.path, parts.bodyOffset));
  // The whole file, line for line: the frontmatter's lines are fields, the rest body.
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  problems.push(...placeholderProblems(lines.join('\n'), entry.path, parts.frontmatter === undefined ? 0 : parts.bodyOffset));
  return problems;
}

/** A YAML file or frontmatter block: syntax first, then the schema. */
function checkFields(text: string, lineOffset: number, file: string, schema: z.core.$ZodType): Problem[] {
  const yaml = parseYamlSource(text, lineOffset);
  if (yaml.errors.length) return yaml.errors.map((e) => ({ file, ...e.position, message: `YAML syntax error: ${e.message}` }));
  if (yaml.data === null || yaml.data === undefined) {
    return [{ file, line: lineOffset + 1, column: 1, message: 'no fields: the file is empty' }];
  }
  return validate(schema, yaml.data, file, yaml);
}
