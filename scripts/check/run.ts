/**
 * The content checker: every problem in the content folder, in one run. It reads the
 * files as Astro will, validates them with the same zod schemas, and adds what Astro
 * does not enforce: references that exist, unique ids, and bodies that run no code.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { z } from 'astro/zod';
import { caseSchema, organisationSchema, projectSchema, sourceSchema, tourSchema } from '../../src/schemas/index.ts';
import { decodeContent, listEntries, type EntryFile } from './files.ts';
import { splitMdx } from './frontmatter.ts';
import { issueToProblems } from './issues.ts';
import { checkBody } from './mdx-body.ts';
import { readListFile, type ListFile } from './list-files.ts';
import { checkProvenance } from './provenance.ts';
import { checkingRef, type KnownIds } from './references.ts';
import { compareProblems, type ContentCounts, type Problem } from './report.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

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
  const [regions, domains] = await Promise.all([readListFile(dir, 'regions'), readListFile(dir, 'domains')]);
  const { entries, pictures, problems } = listEntries(dir);
  const pictureSet = new Set(pictures);
  const pictureExists = (name: string) => pictureSet.has(name);
  problems.push(...regions.problems, ...domains.problems);

  const known: KnownIds = { regions: new Set(regions.ids), domains: new Set(domains.ids) };
  for (const entry of entries) (known[entry.collection] ??= new Set()).add(entry.id);

  const ref = checkingRef(known);
  const schemas: Record<string, z.core.$ZodType> = {
    sources: sourceSchema,
    organisations: organisationSchema(ref),
    projects: projectSchema(ref),
    cases: caseSchema(ref),
    tours: tourSchema(ref),
  };
  problems.push(...validateList(regions), ...validateList(domains));
  const sources = known['sources'] ?? new Set<string>();
  const warnings: Problem[] = [];
  const regionRules = checkProvenance({ collection: 'regions', file: regions.path, data: regions.yaml.data, yaml: regions.yaml, sources });
  problems.push(...regionRules.problems);
  const perFile = await Promise.all(entries.map((entry) => checkEntry(entry, schemas[entry.collection]!, sources, pictureExists)));
  for (const result of perFile) {
    problems.push(...result.problems);
    warnings.push(...result.warnings);
  }

  const counts: ContentCounts = { cases: 0, tours: 0, organisations: 0, projects: 0, sources: 0 };
  for (const entry of entries) counts[entry.collection] = (counts[entry.collection] ?? 0) + 1;
  counts.regions = regions.ids.length;
  counts.domains = domains.ids.length;
  return { problems: problems.sort(compareProblems), warnings: warnings.sort(compareProblems), counts };
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

async function checkEntry(
  entry: EntryFile,
  schema: z.core.$ZodType,
  sources: ReadonlySet<string>,
  pictureExists: (name: string) => boolean,
): Promise<{ problems: Problem[]; warnings: Problem[] }> {
  const read = decodeContent(await readFile(entry.path), entry.path);
  if ('problem' in read) return { problems: [read.problem], warnings: [] };
  const text = read.text;
  const rules = (fields: Fields, body?: string, bodyOffset?: number) =>
    fields.yaml
      ? checkProvenance({ collection: entry.collection, file: entry.path, data: fields.yaml.data, yaml: fields.yaml, body, bodyOffset, sources })
      : { problems: [], warnings: [] };
  if (!entry.path.endsWith('.mdx')) {
    const fields = checkFields(text, 0, entry.path, schema);
    const provenance = rules(fields);
    return { problems: [...fields.problems, ...provenance.problems], warnings: provenance.warnings };
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
  const provenance = fields.yaml
    ? rules(fields, parts.body, parts.bodyOffset)
    : checkProvenance({ collection: entry.collection, file: entry.path, data: undefined, yaml: parseYamlSource(''), body: parts.body, bodyOffset: parts.bodyOffset, sources });
  problems.push(...provenance.problems);
  return { problems, warnings: provenance.warnings };
}

/** A file's schema problems, and its parsed YAML when it could be read. */
interface Fields {
  problems: Problem[];
  yaml?: YamlSource;
}

/** A YAML file or frontmatter block: syntax first, then the schema. */
function checkFields(text: string, lineOffset: number, file: string, schema: z.core.$ZodType): Fields {
  const yaml = parseYamlSource(text, lineOffset);
  if (yaml.errors.length) return { problems: yaml.errors.map((e) => ({ file, ...e.position, message: `YAML syntax error: ${e.message}` })) };
  if (yaml.data === null || yaml.data === undefined) {
    return { problems: [{ file, line: lineOffset + 1, column: 1, message: 'no fields: the file is empty' }] };
  }
  return { problems: validate(schema, yaml.data, file, yaml), yaml };
}
