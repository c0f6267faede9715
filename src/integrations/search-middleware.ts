import { defineMiddleware } from 'astro:middleware';
import { pageSink } from './search-handover.ts';
import { getAtlas } from '../lib/load.ts';
import { paths } from '../lib/paths.ts';

// A page's file inside the built site: build.format 'directory', trailing slash always.
const sourcePath = (pathname: string) => `${pathname.slice(paths.home().length)}index.html`;
let casePages: Promise<Set<string>> | undefined;

/**
 * Hands every case page to the search index as Astro renders it, so Pagefind indexes
 * while Astro is still rendering the rest of the site instead of reading the pages back
 * from disk afterwards. Added to builds only, by the Pagefind integration (pagefind.ts);
 * other pages pass through untouched.
 */
export const onRequest = defineMiddleware(async ({ url }, next) => {
  const response = await next();
  const sink = pageSink();
  if (!sink) return response;
  casePages ??= getAtlas().then((atlas) => {
    const list = atlas.cases.map((entry) => paths.case(entry.id));
    sink.expect(list.map(sourcePath));
    return new Set(list);
  });
  if (!(await casePages).has(url.pathname)) return response;
  const html = await response.text();
  sink.add(sourcePath(url.pathname), html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
