/**
 * Every translation in content/ against its original: the same citations in the same order,
 * every number of the title and summary, lists of the same length, and marked as what it is
 * (the editors' machine translation, not reviewed). The seed corpus's translations are all
 * the editors'; a reviewed or human translation changes this test on purpose.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { ownLists } from '../../src/schemas/translation.ts';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { mdxToMdast } from 'satteri';
import { bodyCites } from '../../src/lib/body-cites.ts';
import { mdxFeatures } from '../../src/lib/body-rules.ts';
import { locales } from '../../src/i18n/config.ts';

const root = 'content';
type Data = Record<string, unknown>;
interface Pair {
  name: string;
  translation: Data;
  original: Data;
  body?: string;
  originalBody?: string;
}

const split = (text: string) => {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text.replace(/\r/g, ''));
  return { data: (parse(m?.[1] ?? '') ?? {}) as Data, body: m?.[2] ?? '' };
};

function pairs(): Pair[] {
  const found: Pair[] = [];
  for (const folder of ['cases', 'tours', 'organisations', 'projects']) {
    const dir = join(root, folder);
    for (const file of readdirSync(dir)) {
      const m = /^(.+)\.([a-z]{2})\.(mdx|yaml)$/.exec(file);
      if (!m) continue;
      const originalFile = join(dir, `${m[1]}.${m[3]}`);
      if (!existsSync(originalFile)) throw new Error(`${folder}/${file}: no original`);
      if (m[3] === 'mdx') {
        const t = split(readFileSync(join(dir, file), 'utf8'));
        const o = split(readFileSync(originalFile, 'utf8'));
        found.push({ name: `${folder}/${file}`, translation: t.data, original: o.data, body: t.body, originalBody: o.body });
      } else {
        found.push({
          name: `${folder}/${file}`,
          translation: parse(readFileSync(join(dir, file), 'utf8')) as Data,
          original: parse(readFileSync(originalFile, 'utf8')) as Data,
        });
      }
    }
  }
  for (const list of ['regions', 'domains']) {
    const originals = new Map((parse(readFileSync(join(root, `${list}.yaml`), 'utf8')) as Data[]).map((d) => [d['id'], d]));
    for (const lang of locales) {
      const file = join(root, `${list}.${lang}.yaml`);
      if (!existsSync(file)) continue;
      for (const item of parse(readFileSync(file, 'utf8')) as Data[]) {
        found.push({ name: `${list}.${lang}.yaml#${String(item['id'])}`, translation: item, original: originals.get(item['id']) ?? {} });
      }
    }
  }
  return found;
}

const all = pairs();

/** Numbers as digits only, so "1,200", "1.200" and "1 200" are the same number. */
const numbers = (text: unknown) =>
  (String(text ?? '').match(/\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(/\D/g, '')).sort();

/** Lists whose length differs between a translation and its original, by field path. */
function listLengths(t: unknown, o: unknown, path = ''): string[] {
  if (Array.isArray(t)) {
    if (!Array.isArray(o) || o.length !== t.length) return [`${path}: ${t.length} items, the original ${Array.isArray(o) ? o.length : 0}`];
    return t.flatMap((item, i) => listLengths(item, o[i], `${path}[${i}]`));
  }
  if (t && typeof t === 'object') {
    return Object.entries(t as Data).flatMap(([k, v]) =>
      // A translation's own lists (search terms) are words readers type, not item-for-item translations.
      k === 'translation' || ownLists.has(k) ? [] : listLengths(v, (o as Data | undefined)?.[k], path ? `${path}.${k}` : k),
    );
  }
  return [];
}

/** List items of a body as Markdown reads them (a wrapped line starting "2018." is no list). */
function listItems(body: string): number {
  type Node = { type: string; children?: Node[] };
  const count = (n: Node): number => (n.type === 'listItem' ? 1 : 0) + (n.children ?? []).reduce((sum, c) => sum + count(c), 0);
  return count(mdxToMdast(body, { features: mdxFeatures }) as Node);
}

describe('the translations in content/', () => {
  it('exist, in every interface language but English for each case', () => {
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((p) => p.name.startsWith('cases/')).length).toBeGreaterThan(20);
  });

  it('are each marked as the editors’ machine translation, not reviewed', () => {
    const wrong = all.filter(
      (p) =>
        JSON.stringify(p.translation['translation']) !==
        JSON.stringify({ by: 'Practice Atlas editors', method: 'machine', reviewed: false }),
    );
    expect(wrong.map((p) => `${p.name}: ${JSON.stringify(p.translation['translation'])}`)).toEqual([]);
  });

  it('keep every number of the original’s title and summary', () => {
    const lost: string[] = [];
    for (const p of all) {
      for (const field of ['title', 'summary', 'name']) {
        if (p.translation[field] === undefined) continue;
        const mine = numbers(p.translation[field]);
        for (const n of numbers(p.original[field])) {
          const at = mine.indexOf(n);
          if (at < 0) lost.push(`${p.name} ${field}: ${n}`);
          else mine.splice(at, 1);
        }
      }
    }
    expect(lost).toEqual([]);
  });

  it('have the original’s lists, item for item', () => {
    expect(all.flatMap((p) => listLengths(p.translation, p.original).map((d) => `${p.name} ${d}`))).toEqual([]);
  });

  it('cite in their bodies exactly what the original cites, in the same order, and keep its list items', () => {
    const differing: string[] = [];
    let bodies = 0;
    let items = 0;
    let cites = 0;
    for (const p of all) {
      if (!p.body?.trim()) continue;
      bodies++;
      const key = (c: ReturnType<typeof bodyCites>[number]) => JSON.stringify([c.source, c.at, c.excerpt, c.translation]);
      const mine = bodyCites(p.body).map(key);
      const theirs = bodyCites(p.originalBody ?? '').map(key);
      cites += theirs.length;
      items += listItems(p.originalBody ?? '');
      if (mine.join('\n') !== theirs.join('\n'))
        differing.push(
          `${p.name}: ${mine.length} citations, the original ${theirs.length}; first difference at ${mine.findIndex((c, i) => c !== theirs[i]) + 1}`,
        );
      if (listItems(p.body) !== listItems(p.originalBody ?? ''))
        differing.push(`${p.name}: ${listItems(p.body)} list items, the original ${listItems(p.originalBody ?? '')}`);
    }
    expect(differing).toEqual([]);
    // The study-tour briefs are translated in full (issue 14): there are bodies to compare.
    expect(bodies).toBeGreaterThan(3);
    expect(cites).toBeGreaterThan(10);
    expect(items).toBeGreaterThan(0);
  });
});
