import { readFileSync, readdirSync } from 'node:fs';
import { locales } from '../../src/i18n/config.ts';
import { localePrefix } from '../../src/lib/paths.ts';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';

/** A built page as a DOM, for assertions on what a reader gets. */
export function page(dist: string, path: string): HTMLElement {
  const file = join(dist, path.replace(/^\//, ''), path.endsWith('.html') ? '' : 'index.html');
  return parse(readFileSync(file, 'utf8'));
}

export interface IndexedPage {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  content: string;
}

/**
 * The pages Pagefind indexed, read from its fragment files (gzip with a short
 * signature before the JSON), so tests check the real search index.
 */
export function searchIndex(dist: string): IndexedPage[] {
  // Every language's bundle: pagefind/ for the default language, it/pagefind/ … for the others.
  return locales.flatMap((l) => fragments(join(dist, `${localePrefix(l)}pagefind`, 'fragment')));
}

function fragments(dir: string): IndexedPage[] {
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as IndexedPage;
  });
}
