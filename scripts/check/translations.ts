/**
 * Rules across a translation and its original: the original exists, the translation is in
 * another language than the original, its lists match the original's item for item, it
 * translates no field the original lacks, and its body cites exactly what the original's
 * body cites, in the same order. The facts themselves cannot differ: a translation file
 * holds none (src/schemas/translation.ts).
 */
import { bodyCites, type BodyCite } from '../../src/lib/body-cites.ts';
import { defaultLocale } from '../../src/i18n/config.ts';
import type { EntryFile } from '../../src/lib/content-files.ts';
import type { ListFile } from './list-files.ts';
import type { Problem } from './report.ts';
import { ownLists } from '../../src/schemas/translation.ts';
import type { PathKey, YamlSource } from './yaml-source.ts';

export interface ParsedFile {
  entry: EntryFile;
  yaml?: YamlSource | undefined;
  body?: string | undefined;
  /** Lines before the body, so a body's line becomes the file's. */
  bodyOffset?: number | undefined;
}

type Data = Record<string, unknown>;
const isObject = (v: unknown): v is Data => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Fields of `translated` the original lacks, and lists whose length differs from the original's (but for its own lists, `ownLists`). */
function shapeProblems(translated: unknown, original: unknown, path: PathKey[], at: (path: PathKey[]) => Omit<Problem, 'message'>): Problem[] {
  if (!isObject(translated)) return [];
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(translated)) {
    if (path.length === 0 && (key === 'translation' || key === 'id' || ownLists.has(key))) continue;
    const here = [...path, key];
    const field = here.map(String).join('.');
    const source = isObject(original) ? original[key] : undefined;
    if (source === undefined || source === null) {
      problems.push({ ...at(here), field, message: `the original has no ${field}, so there is nothing to translate: remove it` });
    } else if (Array.isArray(value)) {
      if (!Array.isArray(source) || source.length !== value.length) {
        const n = Array.isArray(source) ? source.length : 0;
        problems.push({ ...at(here), field, message: `the original's ${field} has ${n} item${n === 1 ? '' : 's'} and this translation ${value.length}: translate each item, in the same order`, found: String(value.length) });
      } else value.forEach((item, i) => problems.push(...shapeProblems(item, source[i], [...here, i], at)));
    } else if (isObject(value)) {
      problems.push(...shapeProblems(value, source, here, at));
    }
  }
  return problems;
}

const citeText = (c: BodyCite) => `<Cite source="${c.source ?? ''}" at="${c.at ?? ''}"${c.excerpt ? ' excerpt="…"' : ''} />`;
const sameCite = (a: BodyCite, b: BodyCite) => a.source === b.source && a.at === b.at && a.excerpt === b.excerpt && a.translation === b.translation && a.lang === b.lang;

function citeProblems(file: ParsedFile, original: ParsedFile): Problem[] {
  if (!file.body?.trim()) return [];
  const mine = bodyCites(file.body);
  const theirs = bodyCites(original.body ?? '');
  const line = (c: BodyCite) => ({ line: (file.bodyOffset ?? 0) + c.line, column: c.column });
  for (let i = 0; i < Math.max(mine.length, theirs.length); i++) {
    const a = mine[i];
    const b = theirs[i];
    if (a && b && sameCite(a, b)) continue;
    if (!a) return [{ file: file.entry.path, line: (file.bodyOffset ?? 0) + 1, column: 1, message: `the original's body has ${theirs.length} <Cite> elements and this translation ${mine.length}: keep every citation, byte for byte, where the original has it (missing: ${citeText(b!)})` }];
    if (!b) return [{ file: file.entry.path, ...line(a), message: `this <Cite> is not in the original's body: a translation cites exactly what the original cites (${citeText(a)})` }];
    return [{ file: file.entry.path, ...line(a), message: `citation ${i + 1} differs from the original's (${citeText(b)}): copy the <Cite> element unchanged, attributes included`, found: citeText(a) }];
  }
  return [];
}

/** Problems of every entry translation, given all parsed entry files. */
export function translationProblems(files: readonly ParsedFile[]): Problem[] {
  const originals = new Map<string, ParsedFile>();
  for (const f of files) if (!f.entry.lang) originals.set(`${f.entry.collection}/${f.entry.id}`, f);
  const problems: Problem[] = [];
  for (const file of files) {
    const lang = file.entry.lang;
    if (!lang) continue;
    const original = originals.get(`${file.entry.collection}/${file.entry.id}`);
    if (!original) {
      problems.push({ file: file.entry.path, line: 1, column: 1, message: `a translation of a missing original: ${file.entry.collection}/ has no entry "${file.entry.id}". Add the original, or rename this file to <id>.${lang} of an existing entry` });
      continue;
    }
    const originalData = original.yaml?.data;
    const originalLang = (isObject(originalData) && typeof originalData['lang'] === 'string' ? originalData['lang'] : defaultLocale) as string;
    if (originalLang === lang) problems.push({ file: file.entry.path, line: 1, column: 1, message: `the original is already in "${lang}" (its lang field): a translation must be in another language` });
    if (file.yaml && originalData !== undefined) {
      const yaml = file.yaml;
      problems.push(...shapeProblems(yaml.data, originalData, [], (path) => ({ file: file.entry.path, ...yaml.locate(path) })));
    }
    problems.push(...citeProblems(file, original));
  }
  return problems;
}

/** Problems of regions.<lang>.yaml or domains.<lang>.yaml against the list it translates. */
export function listTranslationProblems(translation: ListFile, original: ListFile): Problem[] {
  const byId = new Map(original.items.map((item) => [(item as { id?: unknown } | null)?.id, item]));
  const name = original.path.replace(/^.*\//, '');
  return translation.items.flatMap((item, index) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return [];
    const at = (path: PathKey[]) => ({ file: translation.path, ...translation.yaml.locate([index, ...path]) });
    const source = byId.get(id);
    if (!source) return [{ ...at(['id']), field: `[${index}].id`, message: `a translation of a missing original: ${name} has no entry "${id}"`, found: JSON.stringify(id) }];
    return shapeProblems(item, source, [], (path) => at(path)).map((p) => ({ ...p, field: `[${index}].${p.field}` }));
  });
}
