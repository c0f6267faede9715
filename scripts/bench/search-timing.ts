/**
 * Search speed as a reader meets it, in headless Chromium against the site served as a
 * static host serves it (scripts/bench/static-server.ts): cold is the first query of a
 * fresh browser (nothing cached: Pagefind loaded with the search page's options, searched,
 * and the first results' data fetched; the filter index for the counts loads after, as
 * on the page), warm the median of further queries once all that is loaded.
 */
import { chromium } from 'playwright-core';
import { firstResults, pagefindOptions } from '../../src/scripts/pagefind-options.ts';

/**
 * Words the synthetic cases hold three of, out of 24 (scripts/bench/generate.ts): each
 * matches about one case in eight, a realistic share, never the whole corpus.
 */
export const queries = ['mediation', 'tenancy', 'apprenticeship', 'interpreter', 'landlord', 'curriculum', 'vaccination', 'helpdesk'];

/** One fresh-browser round on the search index of `lang` (Pagefind picks the index by the page's <html lang>). */
export async function searchTiming(baseUrl: string, lang = 'en'): Promise<{ coldMs: number; warmMs: number }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(lang === 'en' ? `${baseUrl}/404.html` : `${baseUrl}/${lang}/404.html`);
    return await page.evaluate(
      async ({ terms, options, first, bundle }) => {
        type Search = { results: { data(): Promise<unknown> }[] };
        type Pagefind = {
          options(o: typeof options): Promise<void>;
          init(): Promise<void>;
          filters(): Promise<unknown>;
          search(t: string, o: { filters: Record<string, never> }): Promise<Search>;
        };
        const run = async (pagefind: Pagefind, term: string) => {
          const started = performance.now();
          const search = await pagefind.search(term, { filters: {} });
          await Promise.all(search.results.slice(0, first).map((r) => r.data()));
          return performance.now() - started;
        };
        const coldStart = performance.now();
        const pagefind = (await import(/* @vite-ignore */ `${location.origin}${bundle}pagefind.js`)) as Pagefind;
        // What the search page does before its first results (src/scripts/search.ts); the
        // filter index for the counts loads after them, before the warm queries.
        await pagefind.options(options);
        await pagefind.init();
        await run(pagefind, terms[0]!);
        const coldMs = performance.now() - coldStart;
        await pagefind.filters();
        const warm: number[] = [];
        for (const term of terms.slice(1)) warm.push(await run(pagefind, term));
        warm.sort((a, b) => a - b);
        return { coldMs, warmMs: warm[Math.floor(warm.length / 2)]! };
      },
      { terms: queries, options: pagefindOptions, first: firstResults, bundle: lang === 'en' ? '/pagefind/' : `/${lang}/pagefind/` },
    );
  } finally {
    await browser.close();
  }
}
