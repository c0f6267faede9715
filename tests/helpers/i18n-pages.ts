import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NodeType, parse as parseHtml, type HTMLElement, type Node } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { strings, type Locale } from '../../src/i18n/index.ts';

const pluralKeys = new Set(['none', 'zero', 'one', 'two', 'few', 'many', 'other']);
// A character no string contains, standing for a template's arguments.
const SENTINEL = '\u0001';

/** Every text a dictionary can put on a page: its texts, plural forms and the fixed parts of its templates. */
function texts(node: unknown, path = ''): { path: string; text: string }[] {
  if (typeof node === 'string') return [{ path, text: node }];
  if (typeof node === 'function') {
    // Arrays of a sentinel stand for any argument: they print as the sentinel and join to it.
    const args = Array.from({ length: node.length }, () => [SENTINEL]);
    try {
      return [{ path, text: String((node as (...a: unknown[]) => unknown)(...args)) }];
    } catch {
      return [];
    }
  }
  if (node && typeof node === 'object') {
    if ('other' in node && Object.keys(node).every((k) => pluralKeys.has(k))) {
      return Object.values(node as Record<string, string>).map((text) => ({ path, text }));
    }
    return Object.entries(node).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
  }
  return [];
}

const fragments = (text: string) =>
  text
    .split(new RegExp(`\\{n\\}|${SENTINEL}|[:·()—–,;.!?…"“”‘’«»/[\\]]`, 'u'))
    .map((f) => f.trim())
    .filter((f) => (f.match(/\p{L}/gu) ?? []).length >= 4);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A whole word or phrase, not part of a longer word or of a file name ("trails.csv").
const word = (phrase: string) => `(?<![\\p{L}_./-])${escape(phrase)}(?![\\p{L}_-]|\\.\\p{L})`;

/**
 * The English interface phrases that must not appear on a page in `locale`: the fixed parts of
 * every English string whose translation differs, less any phrase the language's own strings
 * use too (a name like "Practice Atlas", a loanword like "Partner").
 */
export function englishPhrases(
  locale: Locale,
  codes: { countries: string[]; languages: string[] } = { countries: [], languages: [] },
): string[] {
  const theirs = new Map<string, string[]>();
  for (const t of texts(strings(locale))) theirs.set(t.path, [...(theirs.get(t.path) ?? []), t.text]);
  const ownText = texts(strings(locale))
    .map((t) => t.text)
    .join('\n');
  const phrases = new Set<string>();
  for (const t of texts(strings('en'))) {
    if (theirs.get(t.path)?.includes(t.text)) continue;
    for (const f of fragments(t.text)) phrases.add(f);
  }
  // Country and language names come from Intl, not the strings: "Italy" on an Italian page is a leak too.
  for (const [type, list] of [
    ['region', codes.countries],
    ['language', codes.languages],
  ] as const) {
    const english = new Intl.DisplayNames('en', { type });
    const own = new Intl.DisplayNames(locale, { type });
    for (const code of list) if (english.of(code) !== own.of(code)) phrases.add(english.of(code)!);
  }
  return [...phrases].filter((p) => !new RegExp(word(p), 'u').test(ownText)).sort((a, b) => b.length - a.length);
}

/**
 * Every text value in a content folder's YAML and frontmatter (what the pages show as content),
 * and the country and language codes it uses.
 */
export function contentTexts(dir: string): { texts: string[]; countries: string[]; languages: string[] } {
  const found = new Set<string>();
  const countries = new Set<string>();
  const languages = new Set<string>();
  const walk = (value: unknown, key = '') => {
    if (typeof value === 'string') {
      if (value.trim().length >= 3) found.add(value.trim());
      if (key === 'country') countries.add(value);
      if (key === 'lang' || key === 'languages') languages.add(value);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, k));
  };
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(ya?ml|mdx)$/.test(file)) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    walk(parseYaml(file.endsWith('.mdx') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text));
  }
  return { texts: [...found].sort((a, b) => b.length - a.length), countries: [...countries], languages: [...languages] };
}

const ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder', 'aria-roledescription', 'aria-valuetext'];
// Code is not prose in any language: file names, commands, JSON.
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'code', 'pre', 'kbd', 'samp']);

/**
 * What a reader of `lang` sees or hears on a page: its title, description, text and the
 * attributes screen readers speak, leaving out anything inside an element marked as another
 * language (content shown in its original language, language names in the switcher).
 */
export function visibleText(doc: HTMLElement, lang: string, { head = true, noBreak = false } = {}): string[] {
  const out: string[] = [];
  // The head's title and description, unless marked as another language (an untranslated original's).
  const own = (el: HTMLElement | null) => el && (el.getAttribute('lang') ?? lang).split('-')[0] === lang;
  const title = doc.querySelector('title');
  if (head && title && own(title)) out.push(title.textContent);
  const description = doc.querySelector('meta[name="description"]');
  if (head && description && own(description)) out.push(description.getAttribute('content') ?? '');
  const visit = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      out.push(node.textContent);
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = el.tagName?.toLowerCase() ?? '';
    if (SKIP.has(tag) || tag === 'head') return;
    const elLang = el.getAttribute('lang');
    if (elLang && elLang.split('-')[0] !== lang) return;
    // A chart label wraps a name over several lines: read it as one text, as a listener hears it.
    if (tag === 'text') {
      const own = el.childNodes.filter((c) => {
        const l = c.nodeType === NodeType.ELEMENT_NODE ? (c as HTMLElement).getAttribute('lang') : undefined;
        return !l || l.split('-')[0] === lang;
      });
      out.push(own.map((c) => c.textContent).join(''));
      return;
    }
    for (const a of ATTRIBUTES) {
      const v = el.getAttribute(a);
      if (v) out.push(`[${a}] ${v}`);
    }
    el.childNodes.forEach(visit);
  };
  const body = doc.querySelector('body');
  if (body) visit(body);
  // Runs of white space read as one space; `noBreak` keeps no-break spaces apart (French typography).
  const space = noBreak ? /[^\S\u00a0\u202f]+/g : /\s+/g;
  return out.map((t) => t.replace(space, ' ').trim()).filter(Boolean);
}

/** The English interface phrases found in a page's texts, content text taken out first. */
export function englishLeaks(texts: string[], phrases: string[], content: string[]): string[] {
  if (phrases.length === 0) return [];
  const source = phrases.map(word).join('|');
  const any = new RegExp(source, 'u');
  const pattern = new RegExp(source, 'gu');
  const found: string[] = [];
  for (let text of texts) {
    if (!any.test(text)) continue;
    // A name shortened to fit ("Fixture: Beta City C…") is still content.
    if (text.endsWith('…') && content.some((c) => c.startsWith(text.slice(0, -1)))) continue;
    for (const c of content) if (text.includes(c)) text = text.replaceAll(c, ' ');
    for (const m of text.matchAll(pattern)) found.push(`${m[0]} (in “${text.slice(0, 120)}”)`);
  }
  return found;
}

export const readPage = (file: string) => parseHtml(readFileSync(file, 'utf8'));

/**
 * Fields whose text an entry shows in its own words: not ids, codes, dates or addresses, and
 * not the names of places, bodies and projects ("Ville de Lyon", "EnAIP Piemonte"), which are
 * proper names in whatever language the page is.
 */
const PROSE_FIELDS = new Set([
  'title',
  'summary',
  'description',
  'covers',
  'transferability',
  'difficulties',
  'resources',
  'questions',
  'notes',
  'note',
  'indicator',
  'topic',
  'objectives',
  'why',
  'label',
  'adapted',
  'obstacles',
  'excerpt',
  'purpose',
  'outcome',
]);

/**
 * Every text an original entry words itself (titles, names, summaries, indicators, a trail's
 * stages, a source's description…), each with the language it is written in: an entry's own
 * `lang` (English when it has none), a citation's excerpt in its source's language (or the one it names), a source's
 * title in the document's language unless the editors gave it, and its description in English
 * (the editors'). A page in another language shows each inside an element marked with it.
 */
export function originalStrings(dir: string, { minLength = 12 } = {}): { text: string; lang: string; where: string }[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => /\.(ya?ml|mdx)$/.test(f) && !/\.[a-z]{2}\.(ya?ml|mdx)$/.test(f));
  const read = (file: string): unknown => {
    const text = readFileSync(join(dir, file), 'utf8');
    return parseYaml(file.endsWith('.mdx') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text);
  };
  const sourceLang = new Map<string, string>();
  for (const file of files.filter((f) => f.startsWith('sources/'))) {
    const d = read(file) as { lang?: string };
    sourceLang.set(file.replace(/^sources\/|\.ya?ml$/g, ''), d.lang ?? 'en');
  }
  const found: { text: string; lang: string; where: string }[] = [];
  const add = (value: string, lang: string, where: string) => {
    const text = value.trim().replace(/\s+/g, ' ');
    if (text.length >= minLength) found.push({ text, lang, where });
  };
  const walk = (value: unknown, key: string, lang: string, where: string) => {
    if (typeof value === 'string') {
      // An excerpt that is mostly a reference number ("CUP H19D17000780005") is no prose.
      const letters = (value.match(/\p{L}/gu) ?? []).length;
      if (PROSE_FIELDS.has(key) && letters * 2 > value.length) add(value, lang, `${where} ${key}`);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key, lang, where));
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      // A citation's excerpt quotes its source, in the source's language unless the citation names another.
      const source = typeof o['lang'] === 'string' && 'excerpt' in o ? o['lang'] : typeof o['source'] === 'string' ? sourceLang.get(o['source']) : undefined;
      for (const [k, v] of Object.entries(o)) {
        // An excerpt's translation is the editors' (in English); the authors' names are no wording.
        if (k === 'translation' && typeof v === 'string') add(v, 'en', `${where} excerpt translation`);
        // Where a cited passage is ("Section 3, first paragraph") is the entry's author's words.
        if (k === 'at' && typeof v === 'string') add(v, lang, `${where} at`);
        if (k === 'translation' || k === 'authors' || k === 'review') continue;
        walk(v, k, k === 'excerpt' && source ? source : lang, where);
      }
    }
  };
  for (const file of files) {
    const data = read(file);
    if (file.startsWith('sources/')) {
      const d = data as { title: string; covers: string; lang?: string; descriptiveTitle?: boolean };
      add(d.title, d.descriptiveTitle ? 'en' : (d.lang ?? 'en'), `${file} title`);
      add(d.covers, 'en', `${file} covers`);
      continue;
    }
    for (const item of Array.isArray(data) ? data : [data]) {
      const lang = (item as { lang?: unknown } | null)?.lang;
      walk(item, '', typeof lang === 'string' ? lang : 'en', file);
      // A region's or a domain's name is the taxonomy's own wording, translated like a title
      // ("Piedmont", "Community of Madrid"): until a language has it, it is English there.
      if (file === 'regions.yaml' || file === 'domains.yaml') add((item as { name: string }).name, 'en', `${file} name`);
    }
  }
  return found;
}

/**
 * Every text a language's translation files give (names kept as they are, "Auvergne-Rhône-Alpes",
 * are the page's language's too).
 */
export function translatedStrings(dir: string, locale: string): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') found.add(value.trim().replace(/\s+/g, ' '));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!new RegExp(`\\.${locale}\\.(ya?ml|mdx)$`).test(file)) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    walk(parseYaml(file.endsWith('.mdx') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text));
  }
  return found;
}
